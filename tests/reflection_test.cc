// Uses claimcheck_server the way grpcurl does, knowing nothing of the API
// beforehand: list the services over server reflection, fetch the
// descriptors of one, read a request typed as JSON into a dynamic message,
// call the method by name with a generic stub, and print the reply as JSON.
#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/descriptor_database.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/util/json_util.h>
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/byte_buffer.h>

#include <chrono>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/notification.h"
#include "gmock/gmock.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "gtest/gtest.h"
#include "src/proto/grpc/reflection/v1alpha/reflection.grpc.pb.h"
#include "tests/harness.h"

namespace claimcheck {
namespace {

namespace pb = ::google::protobuf;
namespace reflection = ::grpc::reflection::v1alpha;
using ::testing::Contains;
using ::testing::HasSubstr;

constexpr char kService[] = "claimcheck.v1.ClaimCheckService";

std::chrono::system_clock::time_point Deadline() {
  return std::chrono::system_clock::now() + std::chrono::seconds(30);
}

// One ServerReflectionInfo stream, asked one question at a time.
class ReflectionClient {
 public:
  explicit ReflectionClient(const std::shared_ptr<grpc::Channel>& channel)
      : stub_(reflection::ServerReflection::NewStub(channel)) {
    context_.set_deadline(Deadline());
    stream_ = stub_->ServerReflectionInfo(&context_);
  }

  ~ReflectionClient() {
    stream_->WritesDone();
    stream_->Finish().ok();
  }

  absl::StatusOr<reflection::ServerReflectionResponse> Ask(
      const reflection::ServerReflectionRequest& request) {
    reflection::ServerReflectionResponse response;
    if (!stream_->Write(request) || !stream_->Read(&response)) {
      return absl::UnavailableError("the reflection stream broke");
    }
    if (response.has_error_response()) {
      return absl::NotFoundError(response.error_response().error_message());
    }
    return response;
  }

  absl::StatusOr<std::vector<std::string>> ListServices() {
    reflection::ServerReflectionRequest request;
    request.set_list_services("");
    absl::StatusOr<reflection::ServerReflectionResponse> response =
        Ask(request);
    if (!response.ok()) return response.status();
    std::vector<std::string> names;
    for (const auto& service : response->list_services_response().service()) {
      names.push_back(service.name());
    }
    return names;
  }

  // The file that defines `symbol` and every file it imports, transitively.
  absl::StatusOr<std::vector<pb::FileDescriptorProto>> FilesFor(
      const std::string& symbol) {
    std::map<std::string, pb::FileDescriptorProto> files;
    reflection::ServerReflectionRequest request;
    request.set_file_containing_symbol(symbol);
    std::vector<reflection::ServerReflectionRequest> pending = {request};
    while (!pending.empty()) {
      absl::StatusOr<reflection::ServerReflectionResponse> response =
          Ask(pending.back());
      pending.pop_back();
      if (!response.ok()) return response.status();
      for (const std::string& bytes :
           response->file_descriptor_response().file_descriptor_proto()) {
        pb::FileDescriptorProto file;
        if (!file.ParseFromString(bytes)) {
          return absl::DataLossError("a file descriptor does not parse");
        }
        files[file.name()] = file;
      }
      for (const auto& [name, file] : files) {
        for (const std::string& dependency : file.dependency()) {
          if (files.count(dependency) == 0) {
            reflection::ServerReflectionRequest next;
            next.set_file_by_filename(dependency);
            pending.push_back(next);
          }
        }
      }
    }
    std::vector<pb::FileDescriptorProto> result;
    for (auto& [name, file] : files) result.push_back(std::move(file));
    return result;
  }

 private:
  std::unique_ptr<reflection::ServerReflection::Stub> stub_;
  grpc::ClientContext context_;
  std::unique_ptr<
      grpc::ClientReaderWriter<reflection::ServerReflectionRequest,
                               reflection::ServerReflectionResponse>>
      stream_;
};

// Descriptors fetched over reflection, and messages built from them.
class RemoteSchema {
 public:
  explicit RemoteSchema(const std::vector<pb::FileDescriptorProto>& files) {
    for (const auto& file : files) database_.Add(file);
  }

  const pb::MethodDescriptor* FindMethod(const std::string& service,
                                         const std::string& method) {
    const pb::ServiceDescriptor* descriptor = pool_.FindServiceByName(service);
    return descriptor == nullptr ? nullptr
                                 : descriptor->FindMethodByName(method);
  }

  std::unique_ptr<pb::Message> New(const pb::Descriptor* type) {
    return std::unique_ptr<pb::Message>(factory_.GetPrototype(type)->New());
  }

 private:
  pb::SimpleDescriptorDatabase database_;
  pb::DescriptorPool pool_{&database_};
  pb::DynamicMessageFactory factory_{&pool_};
};

// Calls `method` with the request written as `json`, as grpcurl -d does, and
// returns the reply as JSON.
absl::StatusOr<std::string> CallWithJson(grpc::Channel* channel,
                                         RemoteSchema& schema,
                                         const pb::MethodDescriptor& method,
                                         const std::string& json,
                                         grpc::Status* rpc_status) {
  std::unique_ptr<pb::Message> request = schema.New(method.input_type());
  pb::util::Status parsed = pb::util::JsonStringToMessage(json, request.get());
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(std::string(parsed.message()));
  }
  grpc::Slice request_slice(request->SerializeAsString());
  grpc::ByteBuffer request_bytes(&request_slice, 1);
  grpc::ByteBuffer reply_bytes;

  grpc::GenericStub stub(
      std::shared_ptr<grpc::Channel>(channel, [](grpc::Channel*) {}));
  grpc::ClientContext context;
  context.set_deadline(Deadline());
  absl::Notification done;
  stub.UnaryCall(
      &context,
      absl::StrCat("/", method.service()->full_name(), "/", method.name()),
      grpc::StubOptions(), &request_bytes, &reply_bytes,
      [&](grpc::Status status) {
        *rpc_status = std::move(status);
        done.Notify();
      });
  if (!done.WaitForNotificationWithTimeout(absl::Seconds(60))) {
    context.TryCancel();
    done.WaitForNotification();
    return absl::DeadlineExceededError("no reply");
  }
  if (!rpc_status->ok()) return std::string();

  std::vector<grpc::Slice> slices;
  if (!reply_bytes.Dump(&slices).ok()) {
    return absl::DataLossError("reply unreadable");
  }
  std::string wire;
  for (const grpc::Slice& slice : slices) {
    wire.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
  }
  std::unique_ptr<pb::Message> reply = schema.New(method.output_type());
  if (!reply->ParseFromString(wire)) {
    return absl::DataLossError("the reply does not parse as its type");
  }
  std::string reply_json;
  pb::util::JsonPrintOptions options;
  options.add_whitespace = true;
  pb::util::Status printed =
      pb::util::MessageToJsonString(*reply, &reply_json, options);
  if (!printed.ok()) return absl::InternalError(std::string(printed.message()));
  return reply_json;
}

// camelCase and snake_case names mixed, enums by name: as people type them.
constexpr char kGoodRequest[] = R"({
  "article_id": "typed-by-hand",
  "figures": [
    {"id": "la", "text": "101", "unit": "UNIT_COUNT", "label": "Los Angeles"},
    {"id": "sf", "text": "six", "unit": "UNIT_COUNT", "unit_name": "people"},
    {"id": "both", "text": "107", "unit": "UNIT_COUNT", "unitName": "people"}
  ],
  "claims": [
    {"id": "sum", "total": {"totalId": "both",
                            "parts": [{"figure_id": "la", "sign": "SIGN_PLUS"},
                                      {"figureId": "sf"}]}}
  ]
})";

constexpr char kUnknownFigureRequest[] = R"({
  "figures": [{"id": "la", "text": "101", "unit": "UNIT_COUNT"}],
  "claims": [{"id": "sum", "total": {"total_id": "nationwide",
                                     "parts": [{"figureId": "la"}]}}]
})";

class ReflectionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    absl::StatusOr<ServerProcess> server = StartServerProcess();
    if (server.ok()) {
      server_ = new ServerProcess(*std::move(server));
    } else {
      start_error_ = new std::string(server.status().ToString());
    }
  }

  static void TearDownTestSuite() {
    delete server_;  // SIGKILL: this suite does not test shutdown
    server_ = nullptr;
    delete start_error_;
    start_error_ = nullptr;
  }

  void SetUp() override {
    ASSERT_NE(server_, nullptr) << "claimcheck_server did not start: "
                                << (start_error_ ? *start_error_ : "");
    channel_ = grpc::CreateChannel(server_->address,
                                   grpc::InsecureChannelCredentials());
  }

  // Fetches the schema of `service` and finds `method` in it.
  void LoadMethod(const std::string& service, const std::string& method) {
    ReflectionClient client(channel_);
    absl::StatusOr<std::vector<pb::FileDescriptorProto>> files =
        client.FilesFor(service);
    ASSERT_TRUE(files.ok()) << files.status();
    schema_ = std::make_unique<RemoteSchema>(*files);
    method_ = schema_->FindMethod(service, method);
    ASSERT_NE(method_, nullptr) << service << "/" << method;
  }

  static ServerProcess* server_;
  static std::string* start_error_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<RemoteSchema> schema_;
  const pb::MethodDescriptor* method_ = nullptr;
};

ServerProcess* ReflectionTest::server_ = nullptr;
std::string* ReflectionTest::start_error_ = nullptr;

TEST_F(ReflectionTest, ListsTheServiceHealthAndReflection) {
  ReflectionClient client(channel_);
  absl::StatusOr<std::vector<std::string>> services = client.ListServices();
  ASSERT_TRUE(services.ok()) << services.status();
  EXPECT_THAT(*services, Contains(kService));
  EXPECT_THAT(*services, Contains("grpc.health.v1.Health"));
  EXPECT_THAT(*services, Contains("grpc.reflection.v1alpha.ServerReflection"));
}

TEST_F(ReflectionTest, DescribesCheckClaims) {
  LoadMethod(kService, "CheckClaims");
  EXPECT_EQ(method_->input_type()->full_name(),
            "claimcheck.v1.CheckClaimsRequest");
  EXPECT_EQ(method_->output_type()->full_name(),
            "claimcheck.v1.CheckClaimsResponse");
  EXPECT_FALSE(method_->client_streaming() || method_->server_streaming());
}

struct MethodCase {
  std::string method;
  std::string request;
  std::string response;
};

class TextMethodsTest : public ReflectionTest,
                        public ::testing::WithParamInterface<MethodCase> {};

TEST_P(TextMethodsTest, AreListedWithTheirMessages) {
  LoadMethod(kService, GetParam().method);
  EXPECT_EQ(method_->input_type()->full_name(), GetParam().request);
  EXPECT_EQ(method_->output_type()->full_name(), GetParam().response);
  EXPECT_FALSE(method_->client_streaming() || method_->server_streaming());
  // The request's body is a oneof of text and html.
  const pb::OneofDescriptor* body =
      method_->input_type()->FindOneofByName("body");
  ASSERT_NE(body, nullptr);
  ASSERT_EQ(body->field_count(), 2);
  EXPECT_EQ(body->field(0)->name(), "text");
  EXPECT_EQ(body->field(1)->name(), "html");
}

INSTANTIATE_TEST_SUITE_P(
    Table, TextMethodsTest,
    ::testing::Values(MethodCase{"ExtractClaims",
                                 "claimcheck.v1.ExtractClaimsRequest",
                                 "claimcheck.v1.ExtractClaimsResponse"},
                      MethodCase{"CheckText", "claimcheck.v1.CheckTextRequest",
                                 "claimcheck.v1.CheckTextResponse"}),
    [](const auto& info) { return info.param.method; });

TEST_F(ReflectionTest, CallsCheckTextWithJsonTypedByHand) {
  LoadMethod(kService, "CheckText");
  grpc::Status status;
  absl::StatusOr<std::string> reply = CallWithJson(
      channel_.get(), *schema_, *method_,
      R"({"article_id": "typed-by-hand", "minConfidence": "CONFIDENCE_LOW",
          "text": "Police arrested 100 people, including 101 in Los Angeles and six in San Francisco."})",
      &status);
  ASSERT_TRUE(reply.ok()) << reply.status();
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_THAT(*reply, HasSubstr("\"articleId\": \"typed-by-hand\""));
  EXPECT_THAT(*reply, HasSubstr("\"verdict\": \"VERDICT_ERROR\""));
  EXPECT_THAT(*reply, HasSubstr("\"code\": \"total.parts_exceed_total\""));
}

TEST_F(ReflectionTest, CallsCheckClaimsWithJsonTypedByHand) {
  LoadMethod(kService, "CheckClaims");
  grpc::Status status;
  absl::StatusOr<std::string> reply =
      CallWithJson(channel_.get(), *schema_, *method_, kGoodRequest, &status);
  ASSERT_TRUE(reply.ok()) << reply.status();
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_THAT(*reply, HasSubstr("\"articleId\": \"typed-by-hand\""));
  EXPECT_THAT(*reply, HasSubstr("\"claimId\": \"sum\""));
  EXPECT_THAT(*reply, HasSubstr("\"verdict\": \"VERDICT_CONSISTENT\""));
}

TEST_F(ReflectionTest, MisspelledFieldIsCaughtBeforeTheCall) {
  LoadMethod(kService, "CheckClaims");
  grpc::Status status;
  EXPECT_FALSE(CallWithJson(channel_.get(), *schema_, *method_,
                            R"({"figurez": []})", &status)
                   .ok());
}

TEST_F(ReflectionTest, BadRequestDetailsDecodeAsGrpcurlShowsThem) {
  LoadMethod(kService, "CheckClaims");
  grpc::Status status;
  absl::StatusOr<std::string> reply = CallWithJson(
      channel_.get(), *schema_, *method_, kUnknownFigureRequest, &status);
  ASSERT_TRUE(reply.ok()) << reply.status();
  ASSERT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);

  google::rpc::Status details;
  ASSERT_TRUE(details.ParseFromString(status.error_details()));
  std::set<std::string> types;
  google::rpc::BadRequest bad_request;
  for (const auto& any : details.details()) {
    types.insert(any.type_url());
    if (any.type_url() == "type.googleapis.com/google.rpc.BadRequest") {
      ASSERT_TRUE(bad_request.ParseFromString(any.value()));
    }
  }
  EXPECT_THAT(types, Contains("type.googleapis.com/google.rpc.ErrorInfo"));
  ASSERT_EQ(bad_request.field_violations_size(), 1);
  EXPECT_EQ(bad_request.field_violations(0).field(),
            "claims[0].total.total_id");
  EXPECT_EQ(bad_request.field_violations(0).reason(), "UNKNOWN_FIGURE_ID");
}

// `grpcurl -plaintext HOST:PORT grpc.health.v1.Health/Check` needs the health
// service's descriptors from reflection too.
TEST_F(ReflectionTest, CallsHealthCheckByName) {
  LoadMethod("grpc.health.v1.Health", "Check");
  grpc::Status status;
  absl::StatusOr<std::string> reply = CallWithJson(
      channel_.get(), *schema_, *method_,
      absl::StrCat(R"({"service": ")", kService, R"("})"), &status);
  ASSERT_TRUE(reply.ok()) << reply.status();
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_THAT(*reply, HasSubstr("\"status\": \"SERVING\""));
}

}  // namespace
}  // namespace claimcheck
