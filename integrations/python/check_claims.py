#!/usr/bin/python3
"""An example Python client of claimcheck.v1.ClaimCheckService.

Uses Debian's python3-grpcio and python3-protobuf, with stubs generated from
the .proto files (never committed):

    mkdir -p /tmp/stubs
    /usr/bin/protoc -Iproto --python_out=/tmp/stubs --grpc_python_out=/tmp/stubs \
        --plugin=protoc-gen-grpc_python=/usr/bin/grpc_python_plugin \
        proto/claimcheck/v1/claimcheck.proto proto/google/rpc/status.proto \
        proto/google/rpc/error_details.proto
    PYTHONPATH=/tmp/stubs /usr/bin/python3 integrations/python/check_claims.py \
        --server=127.0.0.1:50051 examples/kqed-ice-arrests.json

Prints each claim's verdict and findings, then the summary. A request the
service cannot read comes back as INVALID_ARGUMENT; the google.rpc.Status in
the grpc-status-details-bin trailer is decoded and every field violation
(google.rpc.BadRequest) and the ErrorInfo printed. Exit status as the
claimcheck CLI: 0 no error, 1 an error-level finding, 2 a bad request (or
token), 3 no server.
"""

import argparse
import os
import sys

import grpc
from google.protobuf import json_format

from claimcheck.v1 import claimcheck_pb2
from claimcheck.v1 import claimcheck_pb2_grpc
from google.rpc import error_details_pb2
from google.rpc import status_pb2


def describe_details(trailing_metadata):
    """The lines for the google.rpc.Status details of a failed call."""
    lines = []
    for key, value in trailing_metadata or ():
        if key != "grpc-status-details-bin":
            continue
        status = status_pb2.Status.FromString(value)
        for detail in status.details:
            if detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
                bad_request = error_details_pb2.BadRequest()
                detail.Unpack(bad_request)
                for v in bad_request.field_violations:
                    lines.append(f"  field {v.field}: {v.description} [{v.reason}]")
            elif detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                info = error_details_pb2.ErrorInfo()
                detail.Unpack(info)
                metadata = " ".join(f"{k}={v}" for k, v in sorted(info.metadata.items()))
                lines.append(f"  error info: {info.reason} ({info.domain}) {metadata}")
            else:
                lines.append(f"  {detail.type_url}")
    return lines


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="127.0.0.1:50051")
    parser.add_argument("--token", default=os.environ.get("CLAIMCHECK_TOKEN", ""))
    parser.add_argument("file")
    args = parser.parse_args(argv)

    with open(args.file, encoding="utf-8") as f:
        request = json_format.Parse(f.read(), claimcheck_pb2.CheckClaimsRequest())
    metadata = [("authorization", f"Bearer {args.token}")] if args.token else []
    with grpc.insecure_channel(args.server) as channel:
        stub = claimcheck_pb2_grpc.ClaimCheckServiceStub(channel)
        try:
            response = stub.CheckClaims(request, timeout=30, metadata=metadata)
        except grpc.RpcError as err:
            print(f"{args.file}: {err.code().name}: {err.details()}")
            for line in describe_details(err.trailing_metadata()):
                print(line)
            unreachable = (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED)
            return 3 if err.code() in unreachable else 2

    for result in response.results:
        verdict = claimcheck_pb2.Verdict.Name(result.verdict)
        print(f"{args.file}: claim {result.claim_id}: {verdict}")
        for d in result.discrepancies:
            severity = claimcheck_pb2.Severity.Name(d.severity)
            print(f"  {severity} {d.code}: {d.message}")
    if response.HasField("article"):
        verdict = claimcheck_pb2.Verdict.Name(response.article.verdict)
        code = f" {response.article.code}" if response.article.code else ""
        print(f"{args.file}: article: {verdict}{code}")
    s = response.summary
    print(f"{s.claims} claims: {s.consistent} consistent, {s.errors} errors, "
          f"{s.warnings} warnings, {s.not_checkable} not checkable")
    return 1 if s.errors > 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
