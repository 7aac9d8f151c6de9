#include "engine/reading/request_fields.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

// CheckClaimsRequest and every type of its plans' message fields.
std::vector<const Descriptor*> PlannedTypes() {
  std::vector<const Descriptor*> types = {v1::CheckClaimsRequest::descriptor()};
  for (size_t i = 0; i < types.size(); ++i) {
    for (const RequestField& f : RequestFields(types[i])) {
      const Descriptor* nested = f.field->message_type();
      if (f.message &&
          std::find(types.begin(), types.end(), nested) == types.end()) {
        types.push_back(nested);
      }
    }
  }
  return types;
}

std::unique_ptr<Message> New(const Descriptor* type) {
  return std::unique_ptr<Message>(
      google::protobuf::MessageFactory::generated_factory()
          ->GetPrototype(type)
          ->New());
}

TEST(RequestFields, EveryStringIsReadThroughItsAccessorAsReflectionReadsIt) {
  int strings = 0;
  for (const Descriptor* type : PlannedTypes()) {
    for (const RequestField& f : RequestFields(type)) {
      if (!f.string || f.repeated) continue;
      SCOPED_TRACE(f.field->full_name());
      ASSERT_NE(f.string_value, nullptr);
      std::unique_ptr<Message> message = New(type);
      const Reflection* reflection = message->GetReflection();
      std::string scratch;
      EXPECT_EQ(f.string_value(*message),
                reflection->GetStringReference(*message, f.field, &scratch));
      reflection->SetString(message.get(), f.field, f.field->full_name());
      EXPECT_EQ(&f.string_value(*message),
                &reflection->GetStringReference(*message, f.field, &scratch));
      EXPECT_EQ(f.string_value(*message), f.field->full_name());
      ++strings;
    }
  }
  EXPECT_GT(strings, 40);
}

TEST(RequestFields, EveryMessageIsReadThroughItsAccessorsAsReflectionReadsIt) {
  int messages = 0;
  for (const Descriptor* type : PlannedTypes()) {
    for (const RequestField& f : RequestFields(type)) {
      if (!f.message) continue;
      SCOPED_TRACE(f.field->full_name());
      std::unique_ptr<Message> message = New(type);
      const Reflection* reflection = message->GetReflection();
      if (f.repeated) {
        ASSERT_NE(f.list_entry, nullptr);
        reflection->AddMessage(message.get(), f.field);
        reflection->AddMessage(message.get(), f.field);
        EXPECT_EQ(&ListEntry(*reflection, *message, f, 1),
                  &reflection->GetRepeatedMessage(*message, f.field, 1));
        EXPECT_NE(&ListEntry(*reflection, *message, f, 0),
                  &ListEntry(*reflection, *message, f, 1));
      } else {
        ASSERT_NE(f.has_message, nullptr);
        ASSERT_NE(f.message_value, nullptr);
        EXPECT_FALSE(f.has_message(*message));
        EXPECT_EQ(Entries(*reflection, *message, f), 0);
        reflection->MutableMessage(message.get(), f.field);
        EXPECT_TRUE(f.has_message(*message));
        EXPECT_EQ(Entries(*reflection, *message, f), 1);
        EXPECT_EQ(&SingularMessage(*reflection, *message, f),
                  &reflection->GetMessage(*message, f.field));
      }
      ++messages;
    }
  }
  EXPECT_GT(messages, 15);
}

TEST(RequestFields, EveryOneofIsToldThroughItsAccessorAsReflectionTellsIt) {
  int fields = 0;
  for (const Descriptor* type : PlannedTypes()) {
    for (const RequestField& f : RequestFields(type)) {
      if (f.oneof == nullptr) continue;
      SCOPED_TRACE(f.field->full_name());
      ASSERT_NE(f.oneof_case, nullptr);
      std::unique_ptr<Message> message = New(type);
      const Reflection* reflection = message->GetReflection();
      EXPECT_EQ(f.oneof_case(*message), 0);
      if (f.message) {
        reflection->MutableMessage(message.get(), f.field);
      } else {
        reflection->SetString(message.get(), f.field, "x");
      }
      EXPECT_EQ(f.oneof_case(*message), f.field->number());
      EXPECT_EQ(
          reflection->GetOneofFieldDescriptor(*message, f.oneof)->number(),
          f.field->number());
      ++fields;
    }
  }
  EXPECT_GT(fields, 12);
}

// A span's offsets hold no string and no list: no walk looks at them.
TEST(RequestFields, MessagesWithNothingToWalkAreLeftOut) {
  for (const RequestField& f : RequestFields(v1::Span::descriptor())) {
    EXPECT_FALSE(f.message) << f.field->full_name();
  }
  for (const RequestField& f :
       RequestFields(v1::CheckClaimsRequest::descriptor())) {
    EXPECT_NE(f.field->name(), "options");
  }
}

}  // namespace
}  // namespace claimcheck
