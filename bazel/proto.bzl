"""C++ (and gRPC) code generated from .proto files by Debian's protoc.

Bazel 4.2.3 offline has no working protobuf rules, so a genrule runs
/usr/bin/protoc (through @system_tools) and a cc_library wraps the output.

Example, in proto/claimcheck/v1/BUILD.bazel:

    cc_proto_grpc_library(
        name = "claimcheck_cc_proto",          # messages: claimcheck.pb.{h,cc}
        srcs = ["claimcheck.proto"],
        deps = ["//proto/google/rpc:status_cc_proto"],
    )
    cc_proto_grpc_library(
        name = "claimcheck_cc_grpc",           # stubs: claimcheck.grpc.pb.{h,cc}
        srcs = ["claimcheck.proto"],
        deps = [":claimcheck_cc_proto"],
        grpc = True,
    )

C++ code includes the headers by import path, as protoc's own output does:
    #include "claimcheck/v1/claimcheck.pb.h"
"""

_PROTOC = "@system_tools//:protoc"
_GRPC_PLUGIN = "@system_tools//:grpc_cpp_plugin"

# Imports found outside the workspace: protobuf's well-known types
# (libprotobuf-dev) and gRPC's own protos (grpc-proto).
_SYSTEM_PROTO_PATHS = ["/usr/include", "/usr/share/grpc-proto"]

# Suffix of the filegroup each library declares with its .proto files and
# those of its deps: protoc needs every imported file as an input.
_PROTOS = "_protos"

def _default_root(package):
    # Project protos live under proto/ (buf's module root): import paths start below it.
    if package == "proto" or package.startswith("proto/"):
        return "proto"
    return package

def _protos_of(dep):
    if ":" not in dep:
        fail("cc_proto_grpc_library deps need an explicit target name (//pkg:name): " + dep)
    return dep + _PROTOS

def cc_proto_grpc_library(
        name,
        srcs,
        deps = [],
        grpc = False,
        proto_root = None,
        prebuilt = None,
        visibility = None,
        testonly = None,
        **kwargs):
    """Generates C++ for `srcs` and declares the cc_library `name`.

    Args:
      name: the cc_library; `name + "_protos"` is a filegroup of the sources.
      srcs: .proto files of this package (source or generated files).
      deps: cc_proto_grpc_library targets whose .proto files `srcs` import.
      grpc: False: messages (.pb.h/.pb.cc). True: service stubs only
        (.grpc.pb.h/.grpc.pb.cc); put the messages library of the same srcs in deps.
      proto_root: directory that import paths are relative to; default "proto"
        inside proto/, else this package.
      prebuilt: a library that already contains the compiled code (a system .so).
        Then only headers are used, so the same descriptors are not registered
        twice in one process (protobuf aborts at startup if they are).
      visibility, testonly, **kwargs: passed to the cc_library.
    """
    package = native.package_name()
    root = proto_root if proto_root != None else _default_root(package)
    if package != root and not package.startswith(root + "/"):
        fail("proto_root %r must contain package %r" % (root, package))
    prefix = package[len(root):].lstrip("/")

    imports = []
    hdrs = []
    cc_srcs = []
    for src in srcs:
        if not src.endswith(".proto") or ":" in src or src.startswith("/"):
            fail("srcs must be .proto files of this package: " + src)
        imports.append(prefix + "/" + src if prefix else src)
        base = src[:-len(".proto")]
        ext = ".grpc.pb" if grpc else ".pb"
        hdrs.append(base + ext + ".h")
        cc_srcs.append(base + ext + ".cc")

    native.filegroup(
        name = name + _PROTOS,
        srcs = srcs + [_protos_of(d) for d in deps],
        visibility = visibility,
        testonly = testonly,
    )

    gen_root = "$(GENDIR)/" + root if root else "$(GENDIR)"
    # protoc warns about a --proto_path that does not exist, as the source
    # one does not in a sandbox whose inputs are all generated.
    args = ["mkdir -p %s &&" % (root or "."), "$(execpath %s)" % _PROTOC]

    # The source tree and the output tree both hold importable files (the
    # latter for protos that are themselves generated, as in //third_party).
    args += ["--proto_path=" + (root or "."), "--proto_path=" + gen_root]
    args += ["--proto_path=" + p for p in _SYSTEM_PROTO_PATHS]
    tools = [_PROTOC]
    if grpc:
        args += [
            "--plugin=protoc-gen-grpc=$(execpath %s)" % _GRPC_PLUGIN,
            "--grpc_out=" + gen_root,
        ]
        tools.append(_GRPC_PLUGIN)
    else:
        args.append("--cpp_out=" + gen_root)

    native.genrule(
        name = name + "_gen",
        srcs = [":" + name + _PROTOS],
        outs = hdrs + cc_srcs,
        tools = tools,
        cmd = " ".join(args + imports),
        message = "protoc %s" % " ".join(imports),
        visibility = ["//visibility:private"],
        testonly = testonly,
    )

    lib_deps = list(deps) + ["//third_party:protobuf"]
    if grpc:
        lib_deps.append("//third_party:grpc++")
    if prebuilt:
        lib_deps.append(prebuilt)
    native.cc_library(
        name = name,
        srcs = [] if prebuilt else cc_srcs,
        hdrs = hdrs,
        strip_include_prefix = "/" + root if root else None,
        deps = lib_deps,
        visibility = visibility,
        testonly = testonly,
        **kwargs
    )
