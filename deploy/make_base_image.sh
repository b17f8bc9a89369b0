#!/usr/bin/env bash
# A local stand-in for python:3.11-slim, for machines that cannot pull base images (no registry): Debian
# bookworm via debootstrap from the mirror apt already uses, plus python3 and pip. Needs buildah, podman,
# debootstrap and runc (apt-get install buildah podman skopeo debootstrap runc). Run as root.
#   deploy/make_base_image.sh            -> localhost/python311:bookworm
set -euo pipefail
work=$(mktemp -d)
# crun fails here (cgroups hybrid mode) and podman cannot raise rlimits: runc and fixed ulimits
# (written as a drop-in that root podman/buildah read; set CONTAINERS_CONF to keep it elsewhere)
conf=${CONTAINERS_CONF:-/etc/containers/containers.conf.d/50-pixel-runc.conf}
mkdir -p "$(dirname "$conf")"
[ -f "$conf" ] || printf '[containers]\ndefault_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]\n[engine]\nruntime = "runc"\n' > "$conf"
mirror=$(grep -m1 '^URIs' /etc/apt/sources.list.d/debian.sources | awk '{print $2}')
debootstrap --variant=minbase bookworm "$work/rootfs" "$mirror" >/dev/null
c=$(buildah from scratch); mnt=$(buildah mount "$c")
cp -a "$work/rootfs/." "$mnt/"; buildah umount "$c" >/dev/null
buildah commit -q "$c" localhost/debian-base:bookworm >/dev/null; buildah rm "$c" >/dev/null
cat > "$work/Containerfile" <<'EOC'
FROM localhost/debian-base:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip python3-venv ca-certificates \
    && rm -rf /var/lib/apt/lists/* && rm -f /usr/lib/python3.11/EXTERNALLY-MANAGED
# uv and pip inside the build use the system bundle (mounted from the host during `make image`); uv also looks in
# /opt/wheels, where `build_image.py --wheels DIR` mounts the torch CPU wheel when no PyTorch index is reachable
RUN mkdir -p /opt/wheels
ENV UV_NATIVE_TLS=1 SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
    UV_FIND_LINKS=/opt/wheels
EOC
buildah build -q -t localhost/python311:bookworm -f "$work/Containerfile" "$work" >/dev/null
rm -rf "$work"
echo "built localhost/python311:bookworm (containers config: $conf)"
