#include "core/yaml/MappingIndex.h"

#include <gtest/gtest.h>

#include <string>

using namespace Leitstand;

namespace {

YamlNode mappingOf(int size)
{
    YamlNode mapping = YamlNode::mapping();
    for (int i = 0; i < size; ++i)
        mapping.set("k" + std::to_string(i), YamlNode::scalar(std::to_string(i)));
    return mapping;
}

std::string keysOf(const YamlNode &mapping)
{
    std::string keys;
    for (const YamlNode::Entry &entry : mapping.entries())
        keys += entry.key + ",";
    return keys;
}

} // namespace

// Both sides of the size threshold behave the same: small mappings are scanned, large ones hashed.
class MappingIndexTest : public testing::TestWithParam<int>
{};

TEST_P(MappingIndexTest, FindsSetsAndRemovesLikeTheMappingItself)
{
    const int size = GetParam();
    YamlNode mapping = mappingOf(size);
    MappingIndex index(mapping);

    ASSERT_NE(index.find("k3"), nullptr);
    EXPECT_EQ(index.find("k3")->scalar(), "3");
    EXPECT_EQ(index.find("missing"), nullptr);

    const YamlNode::Entry replacement{"k3", YamlMark{nullptr, 9, 9}, YamlNode()};
    index.set(replacement, YamlNode::scalar("three"));
    EXPECT_EQ(index.find("k3")->scalar(), "three");
    EXPECT_EQ(mapping.entries()[3].keyMark.line, 0) << "the original key keeps its position and mark";

    index.set(YamlNode::Entry{"new", YamlMark{}, YamlNode()}, YamlNode::scalar("n"));
    ASSERT_NE(index.find("new"), nullptr);
    EXPECT_EQ(mapping.entries().back().key, "new");

    index.remove("k1");
    EXPECT_EQ(index.find("k1"), nullptr);
    ASSERT_NE(index.find("k2"), nullptr) << "positions after a removed entry are still right";
    EXPECT_EQ(index.find("k2")->scalar(), "2");
    EXPECT_EQ(index.find("new")->scalar(), "n");
    EXPECT_EQ(mapping.entries().size(), static_cast<std::size_t>(size));
    EXPECT_EQ(keysOf(mapping).rfind("k0,k2,k3,", 0), 0u);
}

INSTANTIATE_TEST_SUITE_P(Sizes, MappingIndexTest, testing::Values(4, 15, 16, 200));
