#pragma once

#include "rules/FactContext.h"

#include <cstdint>
#include <vector>

enum class ConditionOp : std::uint8_t
{
    Always,
    All,
    Any,
    Not,
    YesNo,
    AnswerIn, // bits: 1 not asked, 2 no, 4 yes; slot: the question
    AtLeast,
    AtMost,
    Above,
    Below,
    NumberEquals,
    ChoiceIn,
    ContainsAny,
    ContainsAll,
    SubsetOf,
    IsEmpty,
    NotEmpty,
};

struct ConditionNode
{
    ConditionOp op = ConditionOp::Always;
    std::uint8_t slot = 0;        // the fact's slot in FactContext
    std::uint32_t firstChild = 0; // into ConditionProgram's child list (All, Any, Not)
    std::uint32_t childCount = 0;
    std::uint64_t bits = 0; // word or yes/no bits to test
    double number = 0.0;    // number to compare with
};

// All the conditions of a rule set, compiled into one flat array of nodes so
// that evaluating one walks a few small structs and touches no JSON or strings.
class ConditionProgram
{
public:
    using NodeIndex = std::uint32_t;

    NodeIndex add(const ConditionNode& node);
    // A node whose operands are the given nodes (for All, Any, Not).
    NodeIndex addWithChildren(ConditionNode node, const std::vector<NodeIndex>& children);

    bool holds(NodeIndex node, const FactContext& facts) const;

    std::size_t nodeCount() const { return m_nodes.size(); }

private:
    std::vector<ConditionNode> m_nodes;
    std::vector<NodeIndex> m_children;
};
