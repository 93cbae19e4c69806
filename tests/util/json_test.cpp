#include "util/json.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using gongkai::json_quote;
using gongkai::JsonWriter;

TEST(JsonQuote, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(json_quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(json_quote("\n\r\t"), "\"\\n\\r\\t\"");
  EXPECT_EQ(json_quote(std::string("\x00\x01\x1f", 3)), "\"\\u0000\\u0001\\u001f\"");
}

TEST(JsonQuote, KeepsChineseAndOtherCharacters) {
  EXPECT_EQ(json_quote("张发改发〔2021〕12号"), "\"张发改发〔2021〕12号\"");
  EXPECT_EQ(json_quote("a/b\x7f"), "\"a/b\x7f\"");
  EXPECT_EQ(json_quote(""), "\"\"");
}

TEST(JsonWriter, NestedObjectsAndArrays) {
  JsonWriter w;
  w.begin_object();
  w.key("documents");
  w.begin_array();
  w.begin_object();
  w.key("title");
  w.value("通知");
  w.key("draft");
  w.value(false);
  w.key("size");
  w.value(12LL);
  w.key("keywords");
  w.begin_array();
  w.value("政务公开");
  w.value("年度总结");
  w.end_array();
  w.key("attachments");
  w.begin_array();
  w.end_array();
  w.key("urls");
  w.begin_object();
  w.end_object();
  w.end_object();
  w.end_array();
  w.end_object();
  EXPECT_EQ(w.text(),
            "{\n"
            "  \"documents\": [\n"
            "    {\n"
            "      \"title\": \"通知\",\n"
            "      \"draft\": false,\n"
            "      \"size\": 12,\n"
            "      \"keywords\": [\n"
            "        \"政务公开\",\n"
            "        \"年度总结\"\n"
            "      ],\n"
            "      \"attachments\": [],\n"
            "      \"urls\": {}\n"
            "    }\n"
            "  ]\n"
            "}\n");
}

TEST(JsonWriter, EmptyTopLevelObject) {
  JsonWriter w;
  w.begin_object();
  w.end_object();
  EXPECT_EQ(w.text(), "{}\n");
}

TEST(JsonWriter, KeysAreQuoted) {
  JsonWriter w;
  w.begin_object();
  w.key("a\"b");
  w.value(true);
  w.key("n");
  w.value(-3LL);
  w.end_object();
  EXPECT_EQ(w.text(), "{\n  \"a\\\"b\": true,\n  \"n\": -3\n}\n");
}

}  // namespace
