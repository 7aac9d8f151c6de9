"""Repository rules that keep the build offline: everything comes from Debian
packages (installed by scripts/setup.sh) or from this tree's node_modules."""

_DEBIAN_RULES_CC = "/usr/share/bazel/rules/cc"

# Debian's rules_cc (0.0.4) asks @bazel_tools for use_cpp_toolchain(), which
# Bazel 4.2.3 does not have yet; it returns this label list.
_CC_TOOLCHAIN_TYPE = '["@bazel_tools//tools/cpp:toolchain_type"]'

_FILES_USING_USE_CPP_TOOLCHAIN = [
    "cc/private/rules_impl/compiler_flag.bzl",
    "cc/private/rules_impl/cc_flags_supplier.bzl",
]

def _debian_rules_cc_impl(rctx):
    src = rctx.path(_DEBIAN_RULES_CC)
    if not src.exists:
        fail("%s is missing: run scripts/setup.sh (package bazel-rules-cc)" % src)
    res = rctx.execute(["cp", "-R", str(src) + "/.", "."])
    if res.return_code != 0:
        fail("copying %s failed: %s" % (src, res.stderr))
    for f in _FILES_USING_USE_CPP_TOOLCHAIN:
        old = rctx.read(f)
        new = old.replace(', "use_cpp_toolchain")', ")").replace("use_cpp_toolchain()", _CC_TOOLCHAIN_TYPE)
        if new == old:
            # Debian's rules_cc changed: the patch may no longer be needed, or may need updating.
            fail("%s/%s: use_cpp_toolchain not found, revisit bazel/repositories.bzl" % (src, f))
        rctx.file(f, new)

debian_rules_cc = repository_rule(
    implementation = _debian_rules_cc_impl,
    local = True,
    doc = "rules_cc from the bazel-rules-cc package, patched to load in Bazel 4.2.3.",
)

_FAIL_OFFLINE = """#!/bin/sh
echo "bazel coverage needs remote_coverage_tools, which cannot be downloaded here;" >&2
echo "run the tests with --collect_code_coverage off, or use gcov/lcov outside Bazel." >&2
exit 1
"""

def _offline_coverage_tools_impl(rctx):
    rctx.file("WORKSPACE", 'workspace(name = "%s")\n' % rctx.name)
    rctx.file("stub.sh", _FAIL_OFFLINE, executable = True)
    rctx.file("BUILD.bazel", """
# Every test rule depends on these two labels, even when coverage is off.
package(default_visibility = ["//visibility:public"])

sh_binary(name = "coverage_report_generator", srcs = ["stub.sh"])

sh_binary(name = "lcov_merger", srcs = ["stub.sh"])
""")

offline_coverage_tools = repository_rule(
    implementation = _offline_coverage_tools_impl,
    doc = "Stands in for @remote_coverage_tools, an implicit dependency of every test.",
)

_SYSTEM_FILES = {
    # name in @system_tools -> (absolute path, Debian package that ships it)
    "protoc": ("/usr/bin/protoc", "protobuf-compiler"),
    "grpc_cpp_plugin": ("/usr/bin/grpc_cpp_plugin", "protobuf-compiler-grpc"),
    "grpc_python_plugin": ("/usr/bin/grpc_python_plugin", "protobuf-compiler-grpc"),
    "clang-format": ("/usr/bin/clang-format", "clang-format"),
    "grpc_proto/grpc/health/v1/health.proto": (
        "/usr/share/grpc-proto/grpc/health/v1/health.proto",
        "grpc-proto",
    ),
    "grpc_proto/grpc/reflection/v1alpha/reflection.proto": (
        "/usr/share/grpc-proto/grpc/reflection/v1alpha/reflection.proto",
        "grpc-proto",
    ),
}

# The npm package @bufbuild/buf starts a platform package's native binary from
# a Node.js shim; linking the native binary directly keeps Node out of tests.
_BUF_PLATFORMS = {"x86_64": "linux-x64", "aarch64": "linux-aarch64"}

_BUF_MISSING = """#!/bin/sh
echo "buf CLI not found at %s" >&2
echo "Run scripts/setup.sh (npm ci), then 'bazel shutdown' so @system_tools is looked up again." >&2
exit 1
"""

_NODE_MISSING = """#!/bin/sh
echo "node not found on PATH: run scripts/setup.sh, then 'bazel shutdown'" >&2
exit 1
"""

def _system_tools_impl(rctx):
    for name, (path, package) in _SYSTEM_FILES.items():
        if not rctx.path(path).exists:
            fail("%s is missing: run scripts/setup.sh (Debian package %s)" % (path, package))
        rctx.symlink(path, name)

    # Reading the lock file through a label makes Bazel re-run this rule when it changes.
    lock = rctx.path(Label("//:package-lock.json"))
    rctx.read(lock)
    arch = rctx.execute(["uname", "-m"]).stdout.strip()
    buf = rctx.path("%s/node_modules/@bufbuild/buf-%s/bin/buf" % (lock.dirname, _BUF_PLATFORMS.get(arch, arch)))
    if buf.exists:
        rctx.symlink(buf, "buf")
    else:
        rctx.file("buf", _BUF_MISSING % buf, executable = True)

    # The root node_modules (npm ci by scripts/setup.sh), for tests that run
    # Node.js tools from it: puppeteer-core drives Debian's chromium in
    # //integrations/wordpress:plugin_test. root_node_modules.txt holds its
    # path, or nothing when puppeteer-core is not installed.
    root_modules = rctx.path("%s/node_modules" % lock.dirname)
    have_root_modules = rctx.path("%s/puppeteer-core/package.json" % root_modules).exists
    rctx.file("root_node_modules.txt", str(root_modules) + "\n" if have_root_modules else "")

    # The Node.js client example's packages (integrations/node, `npm ci` by
    # scripts/setup.sh) and the node that runs it, for //tests. Bazel cannot
    # fetch npm packages, so a test reads node_modules from where npm put it;
    # client_node_modules.txt holds that path, or nothing when it is missing.
    node_lock = rctx.path(Label("//integrations/node:package-lock.json"))
    rctx.read(node_lock)
    node_modules = rctx.path("%s/node_modules" % node_lock.dirname)
    have_modules = rctx.path("%s/@grpc/grpc-js/package.json" % node_modules).exists
    rctx.file("client_node_modules.txt", str(node_modules) + "\n" if have_modules else "")
    node = rctx.which("node")
    if node:
        rctx.symlink(node, "node")
    else:
        rctx.file("node", _NODE_MISSING, executable = True)

    rctx.file("WORKSPACE", 'workspace(name = "%s")\n' % rctx.name)
    rctx.file("BUILD.bazel", """
# System tools as files Bazel hashes, so genrules and tests rerun when they change.
exports_files(%s, visibility = ["//visibility:public"])
""" % repr(sorted(_SYSTEM_FILES.keys()) + ["buf", "client_node_modules.txt", "node", "root_node_modules.txt"]))

system_tools = repository_rule(
    implementation = _system_tools_impl,
    # local: looked up again whenever the Bazel server starts, so a buf installed
    # after the first build is found after `bazel shutdown`.
    local = True,
    doc = "protoc, the gRPC C++ and Python plugins, gRPC's own .proto files, the buf CLI, node, the Node client's node_modules and the root node_modules.",
)

_FUZZER_HEADER_GLOB = "/usr/lib/llvm-*/lib/clang/*/include/fuzzer/FuzzedDataProvider.h"

def _fuzzer_headers_impl(rctx):
    # The header ships with libFuzzer's runtime (Debian's libclang-rt-14-dev),
    # under a folder named for clang's version; the newest one found is used.
    found = rctx.execute(["sh", "-c", "ls -1 %s 2>/dev/null | sort -V | tail -1" % _FUZZER_HEADER_GLOB])
    path = found.stdout.strip()
    if not path:
        fail("%s is missing: run scripts/setup.sh (Debian package libclang-rt-14-dev)" % _FUZZER_HEADER_GLOB)
    rctx.symlink(path, "fuzzer/FuzzedDataProvider.h")
    rctx.file("WORKSPACE", 'workspace(name = "%s")\n' % rctx.name)
    rctx.file("BUILD.bazel", """
# libFuzzer's FuzzedDataProvider, header-only: the fuzz targets' replay tests
# build them with gcc, so that CI replays their inputs under the sanitizers.
cc_library(
    name = "fuzzed_data_provider",
    hdrs = ["fuzzer/FuzzedDataProvider.h"],
    includes = ["."],
    visibility = ["//visibility:public"],
)
""")

fuzzer_headers = repository_rule(
    implementation = _fuzzer_headers_impl,
    local = True,
    doc = "libFuzzer's FuzzedDataProvider.h from Debian's clang runtime package.",
)
