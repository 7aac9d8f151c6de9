// ReadHtml: gumbo parses; this file walks its tree into the text a reader
// sees, keeping for every piece of that text the source bytes it came from.
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "engine/text/document.h"
#include "gumbo.h"
#include "unicode/utf8.h"

namespace claimcheck::text {

namespace {

// gumbo allocates from this arena and frees nothing: the whole tree goes at
// once when the arena does. gumbo's own gumbo_destroy_output frees the tree
// recursively, which a deeply nested document (a megabyte of "<b>") would
// overflow the stack with; its parser keeps its open elements in a vector.
class Arena {
 public:
  static void* Allocate(void* self, size_t size) {
    return static_cast<Arena*>(self)->Get(size);
  }
  static void Free(void*, void*) {}

 private:
  static constexpr size_t kChunk = 256 * 1024;
  static constexpr size_t kAlign = alignof(std::max_align_t);

  void* Get(size_t size) {
    size = (size + kAlign - 1) / kAlign * kAlign;
    if (size > kChunk / 4) {
      chunks_.push_back(std::make_unique<std::max_align_t[]>(
          size / sizeof(std::max_align_t) + 1));
      return chunks_.back().get();
    }
    if (used_ + size > kChunk || current_ == nullptr) {
      chunks_.push_back(std::make_unique<std::max_align_t[]>(
          kChunk / sizeof(std::max_align_t)));
      current_ = reinterpret_cast<char*>(chunks_.back().get());
      used_ = 0;
    }
    void* p = current_ + used_;
    used_ += size;
    return p;
  }

  std::vector<std::unique_ptr<std::max_align_t[]>> chunks_;
  char* current_ = nullptr;
  size_t used_ = 0;
};

bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Elements whose content a reader does not see.
bool IsHidden(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
      return true;
    default:
      return false;
  }
}

// Elements that start and end a block of text.
bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

// The kind a block takes from its innermost block element: "p", "li", "h2".
std::string KindOf(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
      return "p";
    default:
      return gumbo_normalized_tagname(tag);
  }
}

}  // namespace

// Builds a Document: text, blocks and the pieces mapping text to source.
class DocumentBuilder {
 public:
  explicit DocumentBuilder(std::string html) {
    doc_.from_html_ = true;
    doc_.source_ = std::move(html);
  }

  Document Build() {
    Arena arena;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::Allocate;
    options.deallocator = &Arena::Free;
    options.userdata = &arena;
    options.max_errors = 0;
    const std::string& src = doc_.source_;
    GumboOutput* output =
        gumbo_parse_with_options(&options, src.data(), src.size());
    Walk(output->root);
    EndBlock();
    doc_.Index();
    return std::move(doc_);
  }

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
  };

  // Depth-first over the tree with a stack of its own (documents may nest
  // elements far deeper than the call stack allows).
  void Walk(const GumboNode* root) {
    std::vector<Frame> stack;
    std::vector<GumboTag> blocks;  // open block elements, innermost last
    Enter(root, &stack, &blocks);
    while (!stack.empty()) {
      Frame& top = stack.back();
      const GumboVector& children = top.node->v.element.children;
      if (top.next_child < children.length) {
        const auto* child =
            static_cast<const GumboNode*>(children.data[top.next_child++]);
        Enter(child, &stack, &blocks);
        continue;
      }
      const GumboTag tag = top.node->v.element.tag;
      if (tag == GUMBO_TAG_PRE) --in_pre_;
      if (IsBlock(tag)) {
        EndBlock();
        blocks.pop_back();
      }
      stack.pop_back();
    }
  }

  void Enter(const GumboNode* node, std::vector<Frame>* stack,
             std::vector<GumboTag>* blocks) {
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT:
        return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboTag tag = node->v.element.tag;
        if (node->type == GUMBO_NODE_TEMPLATE || IsHidden(tag)) return;
        if (tag == GUMBO_TAG_BR) {
          LineBreak(node);
          return;
        }
        if (IsBlock(tag)) {
          EndBlock();
          blocks->push_back(tag);
          kind_ = KindOf(tag);
        }
        if (tag == GUMBO_TAG_PRE) ++in_pre_;
        stack->push_back({node, 0});
        return;
      }
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        if (!blocks->empty()) kind_ = KindOf(blocks->back());
        Text(node->v.text);
        return;
      case GUMBO_NODE_COMMENT:
        return;
    }
  }

  // One text node: each of its characters, with the source bytes it came
  // from, found by aligning the decoded text with the original.
  void Text(const GumboText& t) {
    const char* d = t.text;
    const int32_t dn = static_cast<int32_t>(std::strlen(d));
    const char* o = t.original_text.data;
    const int32_t on = static_cast<int32_t>(t.original_text.length);
    const int32_t base = static_cast<int32_t>(t.start_pos.offset);
    int32_t i = 0;
    int32_t j = 0;
    // Set once the alignment is lost: the rest maps to the rest of the node.
    bool lost = o == nullptr;
    while (i < dn) {
      int32_t next = i;
      UChar32 ch;
      U8_NEXT_OR_FFFD(reinterpret_cast<const uint8_t*>(d), next, dn, ch);
      const int32_t len = next - i;
      if (lost) {
        Char(d + i, len, base + std::min(j, on), base + on, false);
        i = next;
        continue;
      }
      // Tags the parser ignored inside the run of text ("a</x>b").
      while (j < on && o[j] == '<' && d[i] != '<') {
        const void* gt = std::memchr(o + j, '>', on - j);
        if (gt == nullptr) break;
        j = static_cast<int32_t>(static_cast<const char*>(gt) - o) + 1;
      }
      if (j >= on) {
        lost = true;
        continue;
      }
      if (o[j] == '&') {
        int32_t k = j + 1;
        while (k < on && k - j < 40 &&
               (absl::ascii_isalnum(static_cast<unsigned char>(o[k])) ||
                o[k] == '#')) {
          ++k;
        }
        if (k < on && o[k] == ';') ++k;
        // The reference stands for one or two characters of the text: the
        // number after which the text lines up with the source again.
        int32_t end = next;
        bool aligned = false;
        for (int chars = 1; chars <= 2 && !aligned; ++chars) {
          if (end >= dn ? k >= on : (k < on && d[end] == o[k])) {
            aligned = true;
            break;
          }
          if (end >= dn) break;
          UChar32 c2;
          U8_NEXT_OR_FFFD(reinterpret_cast<const uint8_t*>(d), end, dn, c2);
        }
        if (aligned && k > j + 1) {
          Chars(d + i, end - i, base + j, base + k);
          i = end;
          j = k;
          continue;
        }
      }
      if (j + len <= on && std::memcmp(o + j, d + i, len) == 0) {
        Char(d + i, len, base + j, base + j + len, true);
        i = next;
        j += len;
        continue;
      }
      if (o[j] == '\r' && d[i] == '\n') {
        const int32_t k = (j + 1 < on && o[j + 1] == '\n') ? j + 2 : j + 1;
        Char(d + i, len, base + j, base + k, false);
        i = next;
        j = k;
        continue;
      }
      // One character replaced (a NUL read as U+FFFD): map it to one source
      // character and go on.
      int32_t k = j;
      UChar32 oc;
      U8_NEXT_OR_FFFD(reinterpret_cast<const uint8_t*>(o), k, on, oc);
      Char(d + i, len, base + j, base + k, false);
      i = next;
      j = k;
    }
  }

  // Characters that come together from source bytes [src_begin, src_end).
  void Chars(const char* s, int32_t len, int32_t src_begin, int32_t src_end) {
    int32_t i = 0;
    while (i < len) {
      int32_t next = i;
      UChar32 ch;
      U8_NEXT_OR_FFFD(reinterpret_cast<const uint8_t*>(s), next, len, ch);
      Char(s + i, next - i, src_begin, src_end, false);
      i = next;
    }
  }

  // One character of text read from source bytes [src_begin, src_end).
  void Char(const char* s, int32_t len, int32_t src_begin, int32_t src_end,
            bool verbatim) {
    if (in_pre_ == 0 && len == 1 && IsHtmlSpace(s[0])) {
      if (!pending_space_) {
        pending_space_ = true;
        space_src_begin_ = src_begin;
      }
      space_src_end_ = src_end;
      return;
    }
    if (block_begin_ < 0) {
      if (!doc_.text_.empty()) doc_.text_ += "\n\n";
      block_begin_ = static_cast<int32_t>(doc_.text_.size());
      block_kind_ = kind_;
      pending_space_ = false;
    } else if (pending_space_ && after_break_) {
      pending_space_ = false;
    } else if (pending_space_) {
      pending_space_ = false;
      const int32_t at = static_cast<int32_t>(doc_.text_.size());
      doc_.text_ += ' ';
      AddPiece(at, at + 1, space_src_begin_, space_src_end_,
               space_src_end_ - space_src_begin_ == 1 &&
                   doc_.source_[space_src_begin_] == ' ');
    }
    const int32_t at = static_cast<int32_t>(doc_.text_.size());
    doc_.text_.append(s, len);
    AddPiece(at, at + len, src_begin, src_end, verbatim);
  }

  void LineBreak(const GumboNode* br) {
    if (block_begin_ < 0) return;
    pending_space_ = false;
    const int32_t at = static_cast<int32_t>(doc_.text_.size());
    doc_.text_ += '\n';
    const GumboElement& e = br->v.element;
    const int32_t b = static_cast<int32_t>(e.start_pos.offset);
    AddPiece(at, at + 1, b, b + static_cast<int32_t>(e.original_tag.length),
             false);
    // White space after a line break is not shown.
    pending_space_ = false;
    after_break_ = true;
  }

  void AddPiece(int32_t tb, int32_t te, int32_t sb, int32_t se, bool verbatim) {
    after_break_ = false;
    if (verbatim && !doc_.pieces_.empty()) {
      Document::Piece& last = doc_.pieces_.back();
      if (last.verbatim && last.text_end == tb && last.src_end == sb) {
        last.text_end = te;
        last.src_end = se;
        return;
      }
    }
    doc_.pieces_.push_back({tb, te, sb, se, verbatim});
  }

  void EndBlock() {
    pending_space_ = false;
    if (block_begin_ < 0) return;
    int32_t end = static_cast<int32_t>(doc_.text_.size());
    // A trailing line break is not part of the block.
    while (end > block_begin_ && doc_.text_[end - 1] == '\n') --end;
    doc_.text_.resize(end);
    while (!doc_.pieces_.empty() && doc_.pieces_.back().text_begin >= end) {
      doc_.pieces_.pop_back();
    }
    if (!doc_.pieces_.empty() && doc_.pieces_.back().text_end > end) {
      doc_.pieces_.back().text_end = end;
    }
    doc_.blocks_.push_back({block_begin_, end, block_kind_});
    block_begin_ = -1;
  }

  Document doc_;
  int in_pre_ = 0;
  bool pending_space_ = false;
  bool after_break_ = false;
  int32_t space_src_begin_ = 0;
  int32_t space_src_end_ = 0;
  int32_t block_begin_ = -1;
  std::string kind_ = "p";
  std::string block_kind_;
};

Document ReadHtml(std::string html) {
  return DocumentBuilder(std::move(html)).Build();
}

}  // namespace claimcheck::text
