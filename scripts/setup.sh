#!/usr/bin/env bash
# Installs what building and testing claimcheck needs on Debian 12, and only
# that: Debian packages (Bazel and the C++ libraries; nothing else can be
# downloaded on the project's machines) and the npm tools in package-lock.json
# (buf, and puppeteer-core, which drives Debian's chromium, not a download).
# Safe to run again: it does nothing when everything is in place.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  bazel-bootstrap bazel-rules-cc bazel-rules-java  # Bazel 4.2.3 and its rules
  protobuf-compiler protobuf-compiler-grpc grpc-proto
  libprotobuf-dev libgrpc++-dev libabsl-dev libgmp-dev
  libflint-dev  # exact numbers without an allocation each (engine/numbers/exact.h)
  libjemalloc-dev  # the server's and the CLI's malloc (third_party/BUILD.bazel)
  libboost-math-dev  # p-values of statistical tests (header-only)
  libicu-dev  # sentences and words of article text (engine/text/)
  libgumbo-dev  # article HTML read as browsers read it (engine/text/)
  libgtest-dev libgmock-dev
  pkg-config g++ python3  # python3: scripts/test.sh reads the test results
  openssl  # the TLS tests make their own certificates
  libcpp-httplib-dev  # the HTTP/JSON gateway (service/http_gateway.h)
  curl  # //tests:http_end_to_end_test and the pre-publish hook's examples
  python3-grpcio python3-protobuf  # the Python client example and its test
  libbenchmark-dev nghttp2-client  # bench/run.sh: Google Benchmark and h2load
  clang-format  # //tests:format_test holds the C++ files to .clang-format
  # The fuzz targets: clang and libFuzzer's runtime, for scripts/test.sh's
  # short fuzzing run (fuzz/run.sh) and for the header the replay tests of
  # fuzz/BUILD.bazel build with gcc (FuzzedDataProvider.h).
  clang libclang-rt-14-dev
  # //integrations/wordpress:plugin_test sets up a real WordPress (Debian's
  # 6.1, served by PHP's built-in server) on a private MariaDB, and drives
  # Debian's chromium with puppeteer-core (package.json).
  wordpress mariadb-server php-cli php-mysql chromium
)
# Debian's own Node.js only if the machine has none (it may have a newer one).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

as_root() {
  if [[ "$(id -u)" -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    echo "setup.sh: need root or sudo to run: $*" >&2
    exit 1
  fi
}

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "setup.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# npm ci only when node_modules does not match the lock file. The stamp is
# written after a successful install, so an interrupted one is redone.
stamp=node_modules/.claimcheck-lock.sha256
want="$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "setup.sh: npm ci"
  # Scripts off: buf's postinstall only tunes its Node.js launcher, and the
  # build runs the native binary from @bufbuild/buf-<platform> directly.
  npm ci --ignore-scripts --no-audit --no-fund
  echo "$want" >"$stamp"
  # @system_tools records where puppeteer-core is: let it look again.
  bazel shutdown >/dev/null 2>&1 || true
fi

# The same for the Node.js client example (integrations/node), which
# //tests:language_clients_test runs. After its first install, Bazel's
# @system_tools must look again: `bazel shutdown` does it.
node_stamp=integrations/node/node_modules/.claimcheck-lock.sha256
node_want="$(cat integrations/node/package.json integrations/node/package-lock.json | sha256sum | cut -d' ' -f1)"
if [[ ! -f "$node_stamp" || "$(cat "$node_stamp")" != "$node_want" ]]; then
  echo "setup.sh: npm ci (integrations/node)"
  (cd integrations/node && npm ci --ignore-scripts --no-audit --no-fund)
  echo "$node_want" >"$node_stamp"
  bazel shutdown >/dev/null 2>&1 || true
fi
