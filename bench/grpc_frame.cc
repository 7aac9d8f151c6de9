// Writes a request as one gRPC message frame (a zero byte, the length as four
// big-endian bytes, then the serialized message), the body h2load sends.
//   grpc_frame check FILE.json > body   # a CheckClaimsRequest in proto3 JSON
//   grpc_frame health > body            # an empty grpc.health.v1 request
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "claimcheck/v1/claimcheck.pb.h"
#include "google/protobuf/util/json_util.h"

int main(int argc, char** argv) {
  std::string message;
  if (argc == 3 && std::string(argv[1]) == "check") {
    std::ifstream in(argv[2]);
    std::stringstream text;
    text << in.rdbuf();
    claimcheck::v1::CheckClaimsRequest request;
    if (!in ||
        !google::protobuf::util::JsonStringToMessage(text.str(), &request)
             .ok()) {
      std::cerr << "grpc_frame: " << argv[2]
                << " is not a CheckClaimsRequest in JSON\n";
      return 2;
    }
    message = request.SerializeAsString();
  } else if (!(argc == 2 && std::string(argv[1]) == "health")) {
    std::cerr << "usage: grpc_frame check FILE.json | grpc_frame health\n";
    return 2;
  }
  const uint32_t n = message.size();
  const char prefix[5] = {0, static_cast<char>(n >> 24),
                          static_cast<char>(n >> 16), static_cast<char>(n >> 8),
                          static_cast<char>(n)};
  std::cout.write(prefix, 5);
  std::cout << message;
  return 0;
}
