#!/usr/bin/env bash
# Issue 9's determinism check: run the fault suite (tests/integration/test_faults.py: reload under 64 clients,
# runner kill, kill -9 of the server, cross-process rate limits) N times in a row; on the runs listed in LOADED a
# busy loop keeps one of the cores at 100% the whole time. Prints one line per run and a summary.
#   bash benchmarks/fault_suite_repeat.sh [N=10] [LOADED="3 6 9"]
set -uo pipefail
cd "$(dirname "$0")/.."
N=${1:-10}
LOADED=${2:-"3 6 9"}
pass=0
for i in $(seq 1 "$N"); do
  burner=""
  if [[ " $LOADED " == *" $i "* ]]; then
    .venv/bin/python -c "while True: pass" & burner=$!
  fi
  start=$(date +%s)
  if OMP_NUM_THREADS=1 .venv/bin/python -m pytest -q -p no:cacheprovider tests/integration/test_faults.py > "/tmp/fault_run_$i.log" 2>&1; then
    result=passed; pass=$((pass + 1))
  else
    result="FAILED ($(grep -c '^FAILED' /tmp/fault_run_$i.log) tests; log /tmp/fault_run_$i.log)"
  fi
  [[ -n "$burner" ]] && kill "$burner"
  echo "run $i$([[ -n "$burner" ]] && echo ' (one core busy)'): $result in $(( $(date +%s) - start )) s"
done
echo "$pass of $N runs passed"
