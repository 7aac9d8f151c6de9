// The one list of checks (registry.cc) against the API's kinds of claim.
#include "engine/checks/check.h"
#include "gtest/gtest.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {
namespace {

// Every kind of claim has a check. A kind added to the proto without one is
// reported as not checkable ("<kind>.not_supported"), never as consistent;
// this test says when that happens.
TEST(ClaimCheck, EveryKindOfClaimHasACheck) {
  const auto* oneof = v1::Claim::descriptor()->FindOneofByName("kind");
  for (int i = 0; i < oneof->field_count(); ++i) {
    bool found = false;
    for (const Check& check : AllChecks()) {
      found |= static_cast<int>(check.kind) == oneof->field(i)->number();
    }
    EXPECT_TRUE(found) << oneof->field(i)->name();
  }
}

}  // namespace
}  // namespace claimcheck
