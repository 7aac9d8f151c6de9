#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time and prints, per target, the
# inputs executed and the crashes found:
#   bash fuzz/run.sh [SECONDS_PER_TARGET]     (default 60)
# Targets run one after another (each on one core). Each starts from its
# committed seed corpus in fuzz/corpus/TARGET/ and adds what it finds to a
# working corpus under OUT/work/ (OUT as in fuzz/build.sh), not to the
# committed one; `FUZZ_MERGE=1 bash fuzz/run.sh` merges the new finds back
# into fuzz/corpus/ in minimized form. A finding leaves its input as
# OUT/TARGET-KIND-*: KIND crash, leak, timeout (one input over 10 s) or oom
# (over 4 GB) count as crashes; slow-unit (an input over 10 s that still
# finished) is listed apart. Rerun one with `OUT/TARGET_fuzzer FILE`;
# `CLAIMCHECK_FUZZ_DUMP=1 OUT/engine_fuzzer FILE` prints its request as JSON.
# Exits 1 on any crash.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
out="${FUZZ_OUT:-${TMPDIR:-/tmp}/claimcheck-fuzz}"
bash fuzz/build.sh "$out" >&2

targets=(figure engine json text)
summary=()
status=0
for target in "${targets[@]}"; do
  work="$out/work/$target"
  log="$out/$target.log"
  mkdir -p "$work"
  rm -f "$out/$target"-*
  echo "fuzz/run.sh: ${target}_fuzzer for ${seconds}s" >&2
  rc=0
  # -rss_limit_mb and -timeout turn runaway memory or time into findings (the
  # sanitizers alone take several hundred MB over a long run).
  # A target's dictionary (fuzz/TARGET.dict), when it has one, seeds the
  # mutations with the words of its input language.
  dict=()
  [[ -f "fuzz/$target.dict" ]] && dict=(-dict="fuzz/$target.dict")
  "$out/${target}_fuzzer" -max_total_time="$seconds" -print_final_stats=1 \
      -timeout=10 -rss_limit_mb=4096 -max_len=4096 "${dict[@]}" \
      -artifact_prefix="$out/$target-" \
      "$work" "fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  crashes=0
  for kind in crash leak timeout oom; do
    crashes=$((crashes + $(find "$out" -maxdepth 1 -name "$target-$kind-*" | wc -l)))
  done
  slow="$(find "$out" -maxdepth 1 -name "$target-slow-unit-*" | wc -l)"
  if [[ "$rc" -ne 0 && "$crashes" -eq 0 ]]; then crashes=1; fi  # died outside an input
  corpus="$(find "$work" -type f | wc -l)"
  line="${target}_fuzzer: ${execs:-0} execs in ${seconds}s, ${crashes} crashes, ${slow} slow inputs, ${corpus} corpus inputs"
  summary+=("$line")
  echo "$line"
  if [[ "$crashes" -ne 0 ]]; then
    status=1
    grep -m1 -A12 -e "ERROR: " -e "runtime error" -e "==ERROR" "$log" >&2 || tail -20 "$log" >&2
  fi
  if [[ "${FUZZ_MERGE:-0}" == 1 ]]; then
    "$out/${target}_fuzzer" -merge=1 -max_len=4096 "fuzz/corpus/$target" "$work" >>"$log" 2>&1
  fi
done
echo "---"
printf '%s\n' "${summary[@]}"
exit "$status"
