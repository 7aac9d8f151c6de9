// CheckArticles, the bulk RPC, against a real claimcheck_server: one result
// per article in order, an unreadable article's own error in the stream
// (which goes on), and flow control: a client that stops reading makes the
// sender wait instead of making the server buffer every article.
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/channel_arguments.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "absl/strings/str_cat.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "gtest/gtest.h"
#include "tests/harness.h"
#include "tests/sample_requests.h"

namespace claimcheck {
namespace {

class CheckArticlesTest : public testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<ServerProcess> server =
        StartServerProcess({"--access_log=false"});
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = std::move(*server);
    stub_ = v1::ClaimCheckService::NewStub(grpc::CreateChannel(
        server_.address, grpc::InsecureChannelCredentials()));
  }

  ServerProcess server_;
  std::unique_ptr<v1::ClaimCheckService::Stub> stub_;
};

v1::CheckArticlesRequest Wrap(v1::CheckClaimsRequest article,
                              const std::string& id) {
  article.set_article_id(id);
  v1::CheckArticlesRequest request;
  *request.mutable_article() = std::move(article);
  return request;
}

TEST_F(CheckArticlesTest, ResultsInOrderWithEachUnreadableArticlesOwnError) {
  v1::CheckClaimsRequest bad = GoodRequest();
  bad.mutable_claims(0)->mutable_total()->set_total_id("no-such-figure");
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(30));
  auto stream = stub_->CheckArticles(&context);
  ASSERT_TRUE(stream->Write(Wrap(GoodRequest(), "first")));
  ASSERT_TRUE(stream->Write(Wrap(bad, "second")));
  ASSERT_TRUE(stream->Write(Wrap(GoodRequest(), "third")));
  ASSERT_TRUE(stream->WritesDone());

  std::vector<v1::CheckArticlesResponse> results;
  v1::CheckArticlesResponse result;
  while (stream->Read(&result)) results.push_back(result);
  const grpc::Status status = stream->Finish();
  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(results.size(), 3u);
  const char* const ids[] = {"first", "second", "third"};
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(results[i].article_id(), ids[i]);
    EXPECT_EQ(results[i].index(), i);
  }
  ASSERT_TRUE(results[0].has_response());
  EXPECT_EQ(results[0].response().results_size(), 1);
  ASSERT_TRUE(results[1].has_error());
  EXPECT_EQ(results[1].error().code(), grpc::StatusCode::INVALID_ARGUMENT);
  google::rpc::BadRequest bad_request;
  bool found = false;
  for (const auto& detail : results[1].error().details()) {
    found = found || detail.UnpackTo(&bad_request);
  }
  ASSERT_TRUE(found) << results[1].error().DebugString();
  ASSERT_GT(bad_request.field_violations_size(), 0);
  EXPECT_EQ(bad_request.field_violations(0).field(),
            "claims[0].total.total_id");
  ASSERT_TRUE(results[2].has_response());
}

TEST_F(CheckArticlesTest, ASlowReaderMakesTheSenderWait) {
  // About 4 KB each, 32 MB in all: far more than HTTP/2's windows hold (the
  // server's transport lets a few MB in ahead of its reads).
  constexpr int kArticles = 8000;
  v1::CheckClaimsRequest article = GoodRequest();
  for (int i = 0; i < 20; ++i) {
    v1::Figure* f = article.add_figures();
    f->set_id(absl::StrCat("padding", i));
    f->set_text("1");
    f->set_label(std::string(190, 'x'));
  }
  // A client whose receive window stays at HTTP/2's initial 64 KB (no BDP
  // probing), as a slow client's would: the server can send ahead of its
  // reads only that much.
  grpc::ChannelArguments arguments;
  arguments.SetInt(GRPC_ARG_HTTP2_BDP_PROBE, 0);
  auto stub = v1::ClaimCheckService::NewStub(grpc::CreateCustomChannel(
      server_.address, grpc::InsecureChannelCredentials(), arguments));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(120));
  auto stream = stub->CheckArticles(&context);
  std::atomic<int> written{0};
  std::thread writer([&] {
    for (int i = 0; i < kArticles; ++i) {
      if (!stream->Write(Wrap(article, absl::StrCat("a", i)))) return;
      ++written;
    }
    stream->WritesDone();
  });
  // Nothing is read: the sender must stall well short of the end.
  int last = -1;
  for (int waits = 0; waits < 100 && written.load() != last; ++waits) {
    last = written.load();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
  }
  const int stalled_at = written.load();
  EXPECT_LT(stalled_at, kArticles / 2)
      << "the server took every article without its results being read";

  // Reading again lets everything through, in order.
  v1::CheckArticlesResponse result;
  int read = 0;
  bool in_order = true;
  while (stream->Read(&result)) {
    in_order = in_order && result.index() == read && result.has_response();
    ++read;
  }
  writer.join();
  const grpc::Status status = stream->Finish();
  EXPECT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(read, kArticles);
  EXPECT_TRUE(in_order);
  std::cout << "the sender stalled after " << stalled_at << " of " << kArticles
            << " articles\n";
}

}  // namespace
}  // namespace claimcheck
