#include "util/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace gongkai;

TEST(FirstInvalidUtf8, ValidText) {
  EXPECT_EQ(first_invalid_utf8(""), std::nullopt);
  EXPECT_EQ(first_invalid_utf8("政务公开 abc \xF0\x9F\x98\x80"), std::nullopt);  // U+1F600
  EXPECT_EQ(first_invalid_utf8("\xF4\x8F\xBF\xBF"), std::nullopt);               // U+10FFFF
  EXPECT_EQ(first_invalid_utf8("\xEF\xBB\xBF"), std::nullopt);                   // BOM
}

TEST(FirstInvalidUtf8, Overlong) {
  EXPECT_EQ(first_invalid_utf8("\xC0\xAF"), 0u);  // '/' in two bytes
  EXPECT_EQ(first_invalid_utf8("\xC1\xBF"), 0u);
  EXPECT_EQ(first_invalid_utf8("ab\xE0\x80\xAF"), 2u);    // '/' in three bytes
  EXPECT_EQ(first_invalid_utf8("\xF0\x80\x80\xAF"), 0u);  // '/' in four bytes
  EXPECT_EQ(first_invalid_utf8("\xE0\x9F\xBF"), 0u);      // U+07FF in three bytes
}

TEST(FirstInvalidUtf8, Surrogates) {
  EXPECT_EQ(first_invalid_utf8("中\xED\xA0\x80"), 3u);          // U+D800
  EXPECT_EQ(first_invalid_utf8("\xED\xBF\xBF"), 0u);            // U+DFFF
  EXPECT_EQ(first_invalid_utf8("\xED\x9F\xBF"), std::nullopt);  // U+D7FF is fine
}

TEST(FirstInvalidUtf8, Truncated) {
  EXPECT_EQ(first_invalid_utf8("a\xE4\xB8"), 1u);  // 中 without its last byte, at the end
  EXPECT_EQ(first_invalid_utf8("\xE4\xB8"
                               "a"),
            0u);  // ... and before ASCII
  EXPECT_EQ(first_invalid_utf8("\xF0\x9F\x98"), 0u);
  EXPECT_EQ(first_invalid_utf8("ok\x80"), 2u);  // a lone continuation byte
}

TEST(FirstInvalidUtf8, BeyondU10FFFF) {
  EXPECT_EQ(first_invalid_utf8("\xF4\x90\x80\x80"), 0u);  // U+110000
  EXPECT_EQ(first_invalid_utf8("\xF5\x80\x80\x80"), 0u);
  EXPECT_EQ(first_invalid_utf8("x\xFF"), 1u);
}

TEST(CountCodePoints, CountsCharactersNotBytes) {
  EXPECT_EQ(count_code_points(""), 0u);
  EXPECT_EQ(count_code_points("a中\xF0\x9F\x98\x80"), 3u);
}

TEST(PositionOf, LineAndCodePointColumn) {
  const std::string text = "ab\n中文x\ny";
  EXPECT_EQ(position_of(text, 0).line, 1);
  EXPECT_EQ(position_of(text, 0).column, 1);
  EXPECT_EQ(position_of(text, 2).line, 1);  // the '\n' itself
  EXPECT_EQ(position_of(text, 2).column, 3);
  EXPECT_EQ(position_of(text, 9).line, 2);  // 'x', after six bytes of Chinese
  EXPECT_EQ(position_of(text, 9).column, 3);
  EXPECT_EQ(position_of(text, 11).line, 3);  // 'y'
  EXPECT_EQ(position_of(text, 11).column, 1);
}

TEST(PositionOf, CrlfLines) {
  const std::string text = "a\r\nb\r\nc";
  EXPECT_EQ(position_of(text, 6).line, 3);
  EXPECT_EQ(position_of(text, 6).column, 1);
}

TEST(LineOf, WithoutItsLineEnd) {
  const std::string text = "一\r\n二\n\n四";
  EXPECT_EQ(line_of(text, 1), "一");
  EXPECT_EQ(line_of(text, 2), "二");
  EXPECT_EQ(line_of(text, 3), "");
  EXPECT_EQ(line_of(text, 4), "四");
  EXPECT_EQ(line_of(text, 5), "");
}

TEST(CodePointColumn, ConvertsByteColumns) {
  EXPECT_EQ(code_point_column("中文x", 1), 1);
  EXPECT_EQ(code_point_column("中文x", 4), 2);
  EXPECT_EQ(code_point_column("中文x", 7), 3);
  EXPECT_EQ(code_point_column("ab", 2), 2);
  EXPECT_EQ(code_point_column("ab", 10), 3);  // past the end: just after the last character
  EXPECT_EQ(code_point_column("ab", 0), 1);
}

}  // namespace
