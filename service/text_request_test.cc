#include "service/text_request.h"

#include <string>

#include "claimcheck/v1/claimcheck.pb.h"
#include "gmock/gmock.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;

grpc::ByteBuffer Bytes(const std::string& wire) {
  grpc::Slice slice(wire);
  return grpc::ByteBuffer(&slice, 1);
}

// A length-delimited field as protobuf writes it, whatever its bytes: what a
// client that does not check UTF-8 sends.
std::string Field(int number, const std::string& value) {
  std::string wire;
  {
    google::protobuf::io::StringOutputStream stream(&wire);
    google::protobuf::io::CodedOutputStream out(&stream);
    out.WriteTag(static_cast<uint32_t>(number << 3 | 2));
    out.WriteVarint32(static_cast<uint32_t>(value.size()));
    out.WriteString(value);
  }
  return wire;
}

TEST(ReadTextRequest, ReadsWhatProtobufWrites) {
  v1::CheckTextRequest sent;
  sent.set_article_id("kqed");
  sent.set_html("<p>ICE arrested 498 people nationwide.</p>");
  sent.set_min_confidence(v1::CONFIDENCE_HIGH);
  sent.mutable_options()->set_work_budget(1000);
  v1::CheckTextRequest read;
  ASSERT_THAT(ReadTextRequest(Bytes(sent.SerializeAsString()), &read), IsOk());
  EXPECT_EQ(read.SerializeAsString(), sent.SerializeAsString());
}

TEST(ReadTextRequest, KeepsABodyThatIsNotUtf8AsItCame) {
  const std::string latin1 = "Caf\xE9 owners: 498 people";
  v1::ExtractClaimsRequest read;
  ASSERT_THAT(ReadTextRequest(Bytes(Field(1, "a1") + Field(2, latin1)), &read),
              IsOk());
  EXPECT_EQ(read.article_id(), "a1");
  EXPECT_EQ(read.body_case(), v1::ExtractClaimsRequest::kText);
  EXPECT_EQ(read.text(), latin1);
  // The same bytes are what protobuf's own parser refuses.
  v1::ExtractClaimsRequest strict;
  EXPECT_FALSE(strict.ParseFromString(Field(1, "a1") + Field(2, latin1)));
}

TEST(ReadTextRequest, TheLastBodyWinsAsInAOneof) {
  v1::CheckTextRequest read;
  ASSERT_THAT(
      ReadTextRequest(Bytes(Field(2, "text") + Field(3, "<p>h\xFF")), &read),
      IsOk());
  EXPECT_EQ(read.body_case(), v1::CheckTextRequest::kHtml);
  EXPECT_EQ(read.html(), "<p>h\xFF");
}

TEST(ReadTextRequest, AnArticleIdThatIsNotUtf8IsInvalidArgument) {
  v1::CheckTextRequest read;
  EXPECT_THAT(
      ReadTextRequest(Bytes(Field(1, "\xC0\xAF") + Field(2, "6")), &read),
      StatusIs(absl::StatusCode::kInvalidArgument,
               HasSubstr("claimcheck.v1.CheckTextRequest")));
}

TEST(ReadTextRequest, BytesThatAreNotAProtocolBufferAreInvalidArgument) {
  v1::ExtractClaimsRequest read;
  EXPECT_THAT(ReadTextRequest(Bytes("\x12\x7Fshort"), &read),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("not a claimcheck.v1.ExtractClaimsRequest")));
}

TEST(WriteResponse, WritesWhatProtobufReadsBack) {
  v1::ExtractClaimsResponse response;
  response.set_article_id("kqed");
  response.set_text("ICE arrested 498 people nationwide.");
  grpc::ByteBuffer bytes;
  ASSERT_TRUE(WriteResponse(response, &bytes).ok());
  std::vector<grpc::Slice> slices;
  ASSERT_TRUE(bytes.Dump(&slices).ok());
  std::string wire;
  for (const grpc::Slice& s : slices) {
    wire.append(reinterpret_cast<const char*>(s.begin()), s.size());
  }
  EXPECT_EQ(wire, response.SerializeAsString());
}

}  // namespace
}  // namespace claimcheck
