#!/usr/bin/env bash
# Builds the libFuzzer targets with Debian's clang, outside Bazel:
#   bash fuzz/build.sh [OUT]        (OUT defaults to /tmp/claimcheck-fuzz)
# leaves OUT/figure_fuzzer, OUT/engine_fuzzer, OUT/json_fuzzer and
# OUT/text_fuzzer.
#
# Why not a Bazel --config=fuzz: Bazel 4.2.3 auto-configures one C++
# toolchain per output base from CC; switching it to clang for fuzzing and
# back to gcc for everything else re-configures @local_config_cc and rebuilds
# the whole tree each time. The targets need only the engine's and the
# client's sources, the generated protos (made here with Debian's protoc)
# and Debian's shared libraries, so a plain clang++ line is simpler and keeps
# the fuzzing toolchain out of CI. Our code is instrumented for coverage,
# AddressSanitizer and UndefinedBehaviorSanitizer; Debian's libraries are not.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-${TMPDIR:-/tmp}/claimcheck-fuzz}"

# libFuzzer's runtime is in libclang-rt-14-dev. scripts/setup.sh installs
# it with clang (CI fuzzes each target briefly); this covers a machine that
# skipped setup.sh.
if ! command -v clang++ >/dev/null ||
   ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "fuzz/build.sh: installing clang and libclang-rt-14-dev" >&2
  as_root=(); [[ "$(id -u)" -eq 0 ]] || as_root=(sudo)
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang libclang-rt-14-dev
fi
bash scripts/setup.sh >/dev/null  # protoc, the -dev libraries, Boost.Math

mkdir -p "$out/gen" "$out/obj"
# Generated code is included both as "claimcheck/v1/..." and as
# "proto/claimcheck/v1/..." in the sources.
ln -sfn . "$out/gen/proto"
protos=(proto/claimcheck/v1/claimcheck.proto proto/google/rpc/status.proto
        proto/google/rpc/error_details.proto)
# Regenerated into a scratch folder and copied only when changed, so that
# the objects built from them stay up to date.
rm -rf "$out/gen.new" && mkdir -p "$out/gen.new"
protoc -Iproto --cpp_out="$out/gen.new" "${protos[@]#proto/}"
(cd "$out/gen.new" && find . -type f) | while read -r f; do
  if ! cmp -s "$out/gen.new/$f" "$out/gen/$f"; then
    mkdir -p "$(dirname "$out/gen/$f")" && cp "$out/gen.new/$f" "$out/gen/$f"
  fi
done

# Every source of the engine (new checks included), but not its tests.
sources=(
  $(find engine -name '*.cc' | sort | xargs grep -L -e '"gtest/gtest.h"' -e '"gmock/gmock.h"')
  client/request_file.cc client/report.cc client/article_text.cc
  rpc/status_mapping.cc
  "$out"/gen/claimcheck/v1/claimcheck.pb.cc "$out"/gen/google/rpc/status.pb.cc
  "$out"/gen/google/rpc/error_details.pb.cc
)
sanitize=(-fsanitize=address,undefined -fno-sanitize-recover=all)
cflags=(-std=c++17 -O1 -g -fno-omit-frame-pointer -I. -I"$out/gen" "${sanitize[@]}")

export cflags_string="${cflags[*]}"
objects=()
pairs=()
# An object is rebuilt when its source or any header is newer than it.
for src in "${sources[@]}"; do
  obj="$out/obj/$(echo "${src#"$out"/}" | tr / _).o"
  objects+=("$obj")
  if [[ ! "$obj" -nt "$src" ]] ||
     [[ -n "$(find engine client rpc "$out/gen" -name '*.h' -newer "$obj" -print -quit)" ]]; then
    pairs+=("$src" "$obj")
  fi
done
((${#pairs[@]} == 0)) || printf '%s\0' "${pairs[@]}" | xargs -0 -n2 -P"${FUZZ_BUILD_JOBS:-2}" bash -c \
  'clang++ $cflags_string -fsanitize=fuzzer-no-link -c "$0" -o "$1"'

absl=(absl_statusor absl_strings absl_str_format absl_time absl_cord
      absl_synchronization absl_hash absl_raw_hash_set)
libs=(-lgrpc++ -lgrpc -lgpr -lprotobuf -lflint -lgmpxx -lgmp -licuuc -licudata -lgumbo
      $(pkg-config --libs "${absl[@]}") -lpthread)
for target in figure_fuzzer engine_fuzzer json_fuzzer text_fuzzer; do
  clang++ "${cflags[@]}" -fsanitize=fuzzer "fuzz/$target.cc" "${objects[@]}" \
    "${libs[@]}" -o "$out/$target"
done
echo "fuzz/build.sh: built figure_fuzzer engine_fuzzer json_fuzzer text_fuzzer in $out"
