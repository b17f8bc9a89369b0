"""`make image-test`: build the Bento and its OCI image, run it as a user would, check it, export it.

    python deploy/image_test.py [--torch cpu|cuda] [--backend buildah|docker] [--base-image IMG] [--wheels DIR]
                                [--opt K=V] [--image NAME] [--skip-build] [--out results/image_test.json]

Steps (each timed; the first failure stops the run with exit 1 and the container's log):
1. ``deploy/build_image.py``: ``bentoml build`` from the hashed lock, then ``bentoml containerize``;
2. ``podman run`` (or ``docker run``) on 127.0.0.1 only, a fresh API key from the environment
   (``PIXEL_API_KEYS``, never baked into the image), a named volume on the state directory;
3. waits for ``/readyz``; a call without a key is 401; the seed's example request gets a reply with EQ scores; a
   crisis message gets the crisis protocol with 988 and risk high or imminent;
4. the audit log on the mounted volume holds a record for each request id, mode 0600, owned by the image's user;
   the server process runs as that non-root user (``id -u`` in the container, ``Config.User`` of the image);
5. stops and removes the container and the volume;
6. exports the image as an OCI layout (``skopeo copy``) and checks it with ``skopeo inspect`` (linux/amd64, user,
   exposed port, labels).
Writes the steps, their seconds and the checks to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "deploy"))

import build_image  # noqa: E402

from tests.support.devserver import free_port  # noqa: E402

SEED = {
    "user_query": "I'm feeling really overwhelmed with work and don't know how to cope",
    "conversation_history": [],
    "context_type": "support",
    "use_eq_awareness": True,
    "include_metrics": True,
    "max_tokens": 40,
}
CRISIS = {"user_query": "I've written the notes and tonight I'm taking all my pills", "max_tokens": 0}
IMAGE_UID = 1034  # BentoML's image user `bentoml` (its Dockerfile template: BENTO_USER_UID)


class Failed(Exception):
    pass


def sh(*cmd: str, check: bool = True, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(list(cmd), check=check, capture_output=True, text=True, **kw)


class Checks(list):
    """The passed checks, in order; calling it with a false condition raises ``Failed``."""

    def __call__(self, cond: bool, what: str) -> None:
        if not cond:
            raise Failed(what)
        print("  ok:", what, flush=True)
        self.append(what)


def version() -> str:
    import pixel_model

    sha = sh("git", "rev-parse", "--short", "HEAD", cwd=ROOT).stdout.strip()
    return f"{pixel_model.__version__}-{sha}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--torch", choices=sorted(build_image.LOCKS), default="cpu")
    ap.add_argument(
        "--backend", default="buildah" if shutil.which("buildah") and not shutil.which("dockerd") else "docker"
    )
    ap.add_argument("--base-image")
    ap.add_argument("--wheels", type=Path)
    ap.add_argument("--opt", action="append", default=[])
    ap.add_argument("--image", help="test this image instead of the one built (with --skip-build)")
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--ready-timeout", type=float, default=300)
    ap.add_argument("--out", type=Path, default=ROOT / "results" / "image_test.json")
    a = ap.parse_args()
    engine = "podman" if a.backend == "buildah" else "docker"
    steps: dict[str, float] = {}
    checks = expect = Checks()
    report = {"torch": a.torch, "backend": a.backend, "engine": engine, "steps_s": steps, "checks": checks}
    t0 = time.monotonic()

    def step(name: str, since: float) -> float:
        steps[name] = round(time.monotonic() - since, 1)
        print(f"[{name}] {steps[name]} s", flush=True)
        return time.monotonic()

    name = container = volume = None
    try:
        t = time.monotonic()
        if a.skip_build:
            image = a.image or f"pixel:{version()}-{a.torch}"
        else:
            tag = build_image.build_bento(
                version() + f"-{a.torch}", a.torch, a.wheels, a.base_image, [f"pixel_commit={version()}"], replace=True
            )
            t = step("bento", t)
            image = build_image.containerize(tag, a.backend, a.opt + build_image.wheel_mount(a.wheels), a.image)
            t = step("image", t)
        report["image"] = image
        key = secrets.token_hex(24)
        port = free_port()
        volume = f"pixel-image-test-{secrets.token_hex(4)}"
        name = f"pixel-image-test-{secrets.token_hex(4)}"
        sh(engine, "volume", "create", volume)
        env = {**os.environ, "PIXEL_API_KEYS": f"{key}:admin"}
        run = [
            engine,
            "run",
            "-d",
            "--name",
            name,
            "-p",
            f"127.0.0.1:{port}:3000",
            "-e",
            "PIXEL_API_KEYS",
            "-v",
            f"{volume}:/home/bentoml/pixel-state",
        ]
        if a.torch == "cuda":
            run += ["--device", "nvidia.com/gpu=all"] if engine == "podman" else ["--gpus", "all"]
        container = sh(*run, image, env=env).stdout.strip()
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + a.ready_timeout
        while True:
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            state = sh(engine, "inspect", "-f", "{{.State.Running}}", name, check=False).stdout.strip()
            if state != "true" or time.monotonic() > deadline:
                raise Failed(f"not ready (running={state}) after {round(time.monotonic() - t)} s")
            time.sleep(1)
        t = step("ready", t)
        h = {"Authorization": f"Bearer {key}"}
        expect(httpx.post(f"{url}/infer", json=SEED, timeout=30).status_code == 401, "no key: 401")
        r = httpx.post(f"{url}/infer", json=SEED, headers=h | {"X-Request-ID": "image-test-seed"}, timeout=300)
        body = r.json()
        expect(
            r.status_code == 200
            and body["response"].strip()
            and set(body["eq_scores"])
            >= {
                "emotional_awareness",
                "empathy_recognition",
                "emotional_regulation",
                "social_cognition",
                "interpersonal_skills",
            },
            "seed request: 200, a reply and five EQ scores",
        )
        r = httpx.post(f"{url}/infer", json=CRISIS, headers=h | {"X-Request-ID": "image-test-crisis"}, timeout=120)
        meta = r.json()["conversation_metadata"]
        expect(
            r.status_code == 200
            and r.json()["crisis_protocol"]
            and "988" in r.json()["response"]
            and meta["crisis_risk_level"] in ("high", "imminent"),
            "crisis: protocol, 988, high or imminent",
        )
        t = step("requests", t)
        expect(
            sh(engine, "exec", name, "id", "-u").stdout.strip() == str(IMAGE_UID),
            f"the server runs as uid {IMAGE_UID}, not root",
        )
        ps = sh(engine, "top", name, "user", "args", check=False).stdout if engine == "podman" else ""
        if ps:
            expect(
                not any(line.split()[0] == "root" for line in ps.splitlines()[1:] if line.strip()),
                "no process in the container runs as root",
            )
        cfg = json.loads(sh(engine, "image", "inspect", image).stdout)[0]
        report["image_bytes"] = cfg.get("Size")
        user = cfg.get("Config", {}).get("User") or cfg.get("User")
        expect(user == "bentoml", "image Config.User is bentoml")
        audit = sh(
            engine,
            "exec",
            name,
            "sh",
            "-c",
            "stat -c '%a %u' /home/bentoml/pixel-state/audit.jsonl && cat /home/bentoml/pixel-state/audit.jsonl",
        ).stdout.splitlines()
        mode_uid, records = audit[0], [json.loads(line) for line in audit[1:] if line.strip()]
        expect(mode_uid == f"600 {IMAGE_UID}", f"audit log on the volume: mode 600, owner {IMAGE_UID}")
        ids = {r.get("request_id") for r in records}
        expect({"image-test-seed", "image-test-crisis"} <= ids, "an audit record for each request")
        expect(not any("tonight I'm taking" in json.dumps(r) for r in records), "no message text in the audit log")
        t = step("checks", t)
        sh(engine, "stop", "-t", "20", name)
        sh(engine, "rm", name)
        container = None
        sh(engine, "volume", "rm", volume)
        volume = None
        t = step("stop", t)
        if shutil.which("skopeo"):
            oci = Path(tempfile.mkdtemp(prefix="pixel-oci-"))
            src = (
                f"containers-storage:{image if '/' in image else 'localhost/' + image}"
                if engine == "podman"
                else f"docker-daemon:{image}"
            )
            sh("skopeo", "copy", "--quiet", src, f"oci:{oci}:{image.split(':')[-1]}")
            info = json.loads(sh("skopeo", "inspect", f"oci:{oci}:{image.split(':')[-1]}").stdout)
            cfgi = json.loads(sh("skopeo", "inspect", "--config", f"oci:{oci}:{image.split(':')[-1]}").stdout)
            expect(info["Architecture"] == "amd64" and info["Os"] == "linux", "OCI layout: linux/amd64")
            expect(
                cfgi["config"].get("User") == "bentoml" and "3000/tcp" in cfgi["config"].get("ExposedPorts", {}),
                "OCI config: user bentoml, port 3000",
            )
            manifest = json.loads(sh("skopeo", "inspect", "--raw", f"oci:{oci}:{image.split(':')[-1]}").stdout)
            report["oci"] = {
                "layers": len(info["Layers"]),
                "compressed_bytes": sum(x["size"] for x in manifest["layers"]),
                "digest": info.get("Digest"),
            }
            shutil.rmtree(oci, ignore_errors=True)
            step("oci", t)
        report["ok"] = True
        return 0
    except (Failed, subprocess.CalledProcessError, httpx.HTTPError, KeyError, ValueError) as e:
        report["ok"] = False
        report["error"] = f"{type(e).__name__}: {e}" + (
            f"\n{e.stderr}" if isinstance(e, subprocess.CalledProcessError) else ""
        )
        print("FAILED:", report["error"], file=sys.stderr)
        if name:
            print(sh(engine, "logs", "--tail", "60", name, check=False).stdout[-6000:], file=sys.stderr)
        return 1
    finally:
        if container:
            sh(engine, "rm", "-f", name, check=False)
        if volume:
            sh(engine, "volume", "rm", "-f", volume, check=False)
        report["total_s"] = round(time.monotonic() - t0, 1)
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(json.dumps(report, indent=2) + "\n")
        print(json.dumps({k: report[k] for k in ("ok", "total_s", "steps_s")}), flush=True)


if __name__ == "__main__":
    sys.exit(main())
