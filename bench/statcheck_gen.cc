// Generates APA-style test results with known truth, for comparing claimcheck
// with statcheck (bench/statcheck_compare.sh). Each result starts from a true
// statistic drawn for a true p; the statistic is printed rounded, so the
// printed figures are consistent by construction, and then, for some, the
// reported p is replaced by a wrong one:
//
//   consistent      t(45) = 2.31, p = .025     (true t 2.3112, true p .0255)
//   p_error         t(45) = 2.31, p = .041     (same side of alpha .05)
//   decision_error  t(45) = 2.31, p = .071     (other side of alpha)
//   p_zero          t(45) = 9.87, p = .000     (true p 8e-13)
//
// A wrong p is drawn until it fits neither the two-tailed nor the one-tailed
// p of any statistic the printed one can stand for (a one-tailed p is another
// reading, tested apart), with a margin far above either tool's precision, so
// every label is certain. Whether the reported p is on the same side of alpha
// is judged against the true p: where the printed statistic's rounding
// straddles alpha, a reader of the figures cannot tell, and the tools differ
// on purpose (the compare script says why).
//
//   statcheck_gen --n=10000 --seed=1 --out=DIR
//
// writes DIR/texts.tsv (id, text: one result per line for statcheck),
// DIR/request-NNN.json (claimcheck requests of 400 claims each, within the
// engine's limits: a statisticalTest claim per result) and DIR/truth.tsv (id,
// label, true statistic, true p, test, text). Floating point is fine here: it
// only draws and labels the data.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "boost/math/distributions/chi_squared.hpp"
#include "boost/math/distributions/fisher_f.hpp"
#include "boost/math/distributions/normal.hpp"
#include "boost/math/distributions/students_t.hpp"

namespace {

namespace bm = boost::math;

enum class Kind { kT, kF, kR, kChi2, kZ };

struct Test {
  Kind kind;
  double df1 = 0, df2 = 0;
  std::string df1_text, df2_text;
};

// Upper-tail probability of |x| (t, z, r) or x (F, chi2), two-tailed where
// the test is symmetric unless `one_tailed`.
double P(const Test& test, double x, bool one_tailed = false) {
  const double a = std::fabs(x);
  switch (test.kind) {
    case Kind::kF:
      return x <= 0
                 ? 1
                 : bm::cdf(bm::complement(bm::fisher_f(test.df1, test.df2), x));
    case Kind::kChi2:
      return x <= 0 ? 1 : bm::cdf(bm::complement(bm::chi_squared(test.df1), x));
    default:
      break;
  }
  double tail;
  if (test.kind == Kind::kZ) {
    tail = bm::cdf(bm::complement(bm::normal(), a));
  } else {
    const double t =
        test.kind == Kind::kR
            ? (a >= 1 ? INFINITY : a * std::sqrt(test.df1 / (1 - a * a)))
            : a;
    tail = std::isinf(t) ? 0
                         : bm::cdf(bm::complement(bm::students_t(test.df1), t));
  }
  return one_tailed ? tail : 2 * tail;
}

// The statistic whose p is `p` (positive for t, z and r).
double StatisticFor(const Test& test, double p) {
  switch (test.kind) {
    case Kind::kF:
      return bm::quantile(bm::complement(bm::fisher_f(test.df1, test.df2), p));
    case Kind::kChi2:
      return bm::quantile(bm::complement(bm::chi_squared(test.df1), p));
    case Kind::kZ:
      return bm::quantile(bm::complement(bm::normal(), p / 2));
    default:
      break;
  }
  const double t =
      bm::quantile(bm::complement(bm::students_t(test.df1), p / 2));
  return test.kind == Kind::kR ? t / std::sqrt(t * t + test.df1) : t;
}

// Smallest and largest p over the printed statistic's rounding interval
// [lo, hi]; the p of a symmetric test peaks at 0.
void Bounds(const Test& test, double lo, double hi, bool one_tailed,
            double* pmin, double* pmax) {
  const bool symmetric =
      test.kind == Kind::kT || test.kind == Kind::kZ || test.kind == Kind::kR;
  if (test.kind == Kind::kR) {
    lo = std::max(lo, -1.0);
    hi = std::min(hi, 1.0);
  }
  const double a = P(test, lo, one_tailed), b = P(test, hi, one_tailed);
  *pmin = std::min(a, b);
  *pmax = symmetric && lo <= 0 && hi >= 0 ? (one_tailed ? 0.5 : 1.0)
                                          : std::max(a, b);
}

std::string Fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  if (s.find_first_not_of("-0.") == std::string::npos && s[0] == '-')
    s.erase(0, 1);  // "-0.00"
  return s;
}

// APA drops the leading zero of values that cannot exceed 1 (p, r): ".03".
std::string NoLeadingZero(std::string s) {
  const size_t at = s[0] == '-' ? 1 : 0;
  if (s.compare(at, 2, "0.") == 0) s.erase(at, 1);
  return s;
}

std::string JsonFigure(const std::string& id, const std::string& text) {
  return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}";
}

}  // namespace

int main(int argc, char** argv) {
  int n = 10000;
  unsigned seed = 1;
  std::string out = ".";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.rfind("--n=", 0) == 0)
      n = std::atoi(arg.c_str() + 4);
    else if (arg.rfind("--seed=", 0) == 0)
      seed = static_cast<unsigned>(std::atoi(arg.c_str() + 7));
    else if (arg.rfind("--out=", 0) == 0)
      out = arg.substr(6);
    else {
      std::fprintf(stderr,
                   "usage: statcheck_gen [--n=10000] [--seed=1] [--out=DIR]\n");
      return 2;
    }
  }
  std::mt19937_64 rng(seed);
  auto uniform = [&](double lo, double hi) {
    return std::uniform_real_distribution<double>(lo, hi)(rng);
  };
  auto pick = [&](int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
  };
  constexpr double kAlpha = 0.05;
  constexpr double kSure =
      1e-6;  // relative gap a wrong p keeps from every allowed p

  std::ofstream texts(out + "/texts.tsv"), truth(out + "/truth.tsv");
  texts << "id\ttext\n";
  truth << "id\tlabel\ttrue_statistic\ttrue_p\ttest\ttext\n";
  std::string figures, claims;
  int requests = 0;
  auto flush = [&] {
    char name[32];
    std::snprintf(name, sizeof name, "/request-%03d.json", requests++);
    std::ofstream request(out + name);
    request << "{\"articleId\":\"statcheck-bench\",\"figures\":[\n"
            << figures << "],\n\"claims\":[\n"
            << claims << "]}\n";
    figures.clear();
    claims.clear();
  };

  for (int i = 1; i <= n;) {
    Test test;
    const int k = pick(0, 99);
    test.kind = k < 30   ? Kind::kT
                : k < 50 ? Kind::kF
                : k < 65 ? Kind::kR
                : k < 85 ? Kind::kChi2
                         : Kind::kZ;
    switch (test.kind) {
      case Kind::kT:
        test.df1 = pick(5, 200);
        if (pick(0, 19) == 0) test.df1 += pick(1, 9) / 10.0;  // Welch
        break;
      case Kind::kF:
        test.df1 = pick(1, 6);
        test.df2 = pick(10, 300);
        break;
      case Kind::kR:
        test.df1 = pick(10, 300);
        break;
      case Kind::kChi2:
        test.df1 = pick(1, 30);
        break;
      case Kind::kZ:
        break;
    }
    test.df1_text = Fixed(test.df1, test.df1 == std::floor(test.df1) ? 0 : 1);
    test.df2_text = Fixed(test.df2, 0);

    // The true p: log-uniform from 1e-6 to 1, with a fifth near alpha.
    const double true_p =
        pick(0, 4) == 0 ? uniform(0.02, 0.09) : std::pow(10, uniform(-6, 0));
    double stat = StatisticFor(test, true_p);
    const bool symmetric =
        test.kind == Kind::kT || test.kind == Kind::kZ || test.kind == Kind::kR;
    if (symmetric && pick(0, 9) < 3) stat = -stat;
    const int d = test.kind == Kind::kR ? pick(2, 3)
                                        : (pick(0, 19) == 0  ? 0
                                           : pick(0, 9) == 0 ? 1
                                           : pick(0, 5) == 0 ? 3
                                                             : 2);
    std::string stat_text = Fixed(stat, d);
    if (test.kind == Kind::kR) stat_text = NoLeadingZero(stat_text);
    if (std::fabs(std::stod(stat_text)) >= (test.kind == Kind::kR ? 1.0 : 1e6))
      continue;
    const double printed = std::stod(stat_text), half = 0.5 * std::pow(10, -d);
    double pmin, pmax, pmin1 = 0, pmax1 = 0;
    Bounds(test, printed - half, printed + half, false, &pmin, &pmax);
    if (symmetric)
      Bounds(test, printed - half, printed + half, true, &pmin1, &pmax1);

    // The label, then the p as reported.
    const int l = pick(0, 99);
    const std::string label = l < 50   ? "consistent"
                              : l < 78 ? "p_error"
                              : l < 98 ? "decision_error"
                                       : "p_zero";
    const bool true_sig = true_p <= kAlpha;
    std::string relation, p_text;
    auto misses = [&](double lo, double hi) {  // [lo, hi] meets no allowed p
      auto apart = [&](double a, double b) {
        return hi < a * (1 - kSure) || lo > b * (1 + kSure);
      };
      return apart(pmin, pmax) && (!symmetric || apart(pmin1, pmax1));
    };
    const int style = pick(0, 99);
    const bool lead = pick(0, 4) == 0;  // "0.03" rather than ".03"
    auto p_string = [&](double p, int decimals) {
      const std::string s = Fixed(p, decimals);
      return lead ? s : NoLeadingZero(s);
    };
    bool ok = false;
    if (label == "consistent") {
      const int decimals = style < 45 ? 2 : 3;
      if (style < 80 && Fixed(true_p, decimals).find_first_not_of("0.") !=
                            std::string::npos) {
        relation = "=";
        p_text = p_string(true_p, decimals);
      } else if (true_p < 0.001) {
        relation = "<";
        p_text = p_string(0.001, 3);
      } else if (true_p < 0.01) {
        relation = "<";
        p_text = p_string(0.01, 2);
      } else if (true_p < kAlpha) {
        relation = "<";
        p_text = p_string(kAlpha, 2);
      } else if (style < 90) {
        relation = ">";
        p_text = p_string(kAlpha, 2);
      } else {
        relation = "ns";
      }
      ok = true;
    } else if (label == "p_zero") {
      if (pmax < 0.0005 * (1 - kSure)) {
        relation = "=";
        p_text = p_string(0, 3);
        ok = true;
      }
    } else {
      const bool flip = label == "decision_error";
      for (int attempt = 0; attempt < 200 && !ok; ++attempt) {
        const int how = pick(0, 9);
        if (how < 7) {  // p = wrong value
          const int decimals = pick(2, 3);
          const double unit = std::pow(10, -decimals);
          const double w = flip ? (true_sig ? uniform(kAlpha + unit, 0.6)
                                            : uniform(unit, kAlpha))
                                : true_p * (pick(0, 1) ? uniform(0.15, 0.75)
                                                       : uniform(1.4, 5));
          const double shown = std::stod(Fixed(w, decimals));
          if (shown <= 0 || shown >= 1 ||
              ((shown <= kAlpha) != true_sig) != flip)
            continue;
          if (!misses(shown - unit / 2, shown + unit / 2)) continue;
          relation = "=";
          p_text = p_string(shown, decimals);
          ok = true;
        } else if (how < 9) {  // p < bound
          const double bound =
              std::vector<double>{0.001, 0.01, 0.05}[pick(0, 2)];
          if (((bound <= kAlpha) != true_sig) != flip || !misses(0, bound))
            continue;
          relation = "<";
          p_text = p_string(bound, bound == 0.001 ? 3 : 2);
          ok = true;
        } else {  // p > bound, or ns
          const double bound =
              flip ? kAlpha : std::vector<double>{0.10, 0.20, 0.50}[pick(0, 2)];
          if (true_sig != flip || !misses(bound, 1)) continue;
          if (flip && pick(0, 1))
            relation = "ns";
          else {
            relation = ">";
            p_text = p_string(bound, 2);
          }
          ok = true;
        }
      }
    }
    if (!ok) continue;  // draw another result for this id

    std::string head;
    switch (test.kind) {
      case Kind::kT:
        head = "t(" + test.df1_text + ")";
        break;
      case Kind::kF:
        head = "F(" + test.df1_text + ", " + test.df2_text + ")";
        break;
      case Kind::kR:
        head = "r(" + test.df1_text + ")";
        break;
      case Kind::kChi2:
        head = "chi2(" + test.df1_text + ")";
        break;
      case Kind::kZ:
        head = "z";
        break;
    }
    const std::string text =
        head + " = " + stat_text + ", " +
        (relation == "ns" ? "ns" : "p " + relation + " " + p_text);
    const std::string id = "r" + std::to_string(i);
    texts << id << "\t " << text << "\n";
    char stat_buf[64], p_buf[64];
    std::snprintf(stat_buf, sizeof stat_buf, "%.6g", stat);
    std::snprintf(p_buf, sizeof p_buf, "%.6g", true_p);
    truth << id << "\t" << label << "\t" << stat_buf << "\t" << p_buf << "\t"
          << head.substr(0, head.find('(')) << "\t" << text << "\n";

    static const char* kStatistic[] = {
        "TEST_STATISTIC_T", "TEST_STATISTIC_F", "TEST_STATISTIC_R",
        "TEST_STATISTIC_CHI_SQUARE", "TEST_STATISTIC_Z"};
    figures += (figures.empty() ? "" : ",\n") + JsonFigure(id + "v", stat_text);
    std::string claim = "{\"id\":\"" + id +
                        "\",\"statisticalTest\":{\"statistic\":\"" +
                        kStatistic[static_cast<int>(test.kind)] +
                        "\",\"valueId\":\"" + id + "v\"";
    if (test.kind != Kind::kZ) {
      figures += ",\n" + JsonFigure(id + "a", test.df1_text);
      claim += ",\"df1Id\":\"" + id + "a\"";
    }
    if (test.kind == Kind::kF) {
      figures += ",\n" + JsonFigure(id + "b", test.df2_text);
      claim += ",\"df2Id\":\"" + id + "b\"";
    }
    if (relation == "ns") {
      claim += ",\"pRelation\":\"P_RELATION_NOT_SIGNIFICANT\"";
    } else {
      figures += ",\n" + JsonFigure(id + "p", p_text);
      claim += std::string(",\"pRelation\":\"") +
               (relation == "="   ? "P_RELATION_EQUAL"
                : relation == "<" ? "P_RELATION_LESS"
                                  : "P_RELATION_GREATER") +
               "\",\"pId\":\"" + id + "p\"";
    }
    claims += (claims.empty() ? "" : ",\n") + claim + "}}";
    if (i % 400 == 0 || i == n) flush();
    ++i;
  }
  return 0;
}
