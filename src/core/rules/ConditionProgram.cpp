#include "rules/ConditionProgram.h"

ConditionProgram::NodeIndex ConditionProgram::add(const ConditionNode& node)
{
    m_nodes.push_back(node);
    return NodeIndex(m_nodes.size() - 1);
}

ConditionProgram::NodeIndex
ConditionProgram::addWithChildren(ConditionNode node, const std::vector<NodeIndex>& children)
{
    node.firstChild = std::uint32_t(m_children.size());
    node.childCount = std::uint32_t(children.size());
    m_children.insert(m_children.end(), children.begin(), children.end());
    return add(node);
}

bool ConditionProgram::holds(NodeIndex index, const FactContext& facts) const
{
    const ConditionNode& node = m_nodes[index];
    switch (node.op) {
    case ConditionOp::Always:
        return true;
    case ConditionOp::All:
        for (std::uint32_t i = 0; i < node.childCount; ++i) {
            if (!holds(m_children[node.firstChild + i], facts)) {
                return false;
            }
        }
        return true;
    case ConditionOp::Any:
        for (std::uint32_t i = 0; i < node.childCount; ++i) {
            if (holds(m_children[node.firstChild + i], facts)) {
                return true;
            }
        }
        return false;
    case ConditionOp::Not:
        return !holds(m_children[node.firstChild], facts);
    case ConditionOp::YesNo:
        return (facts.yesNo & node.bits) != 0;
    case ConditionOp::AnswerIn: {
        const std::uint64_t question = std::uint64_t(1) << node.slot;
        const unsigned state = (facts.yesNo & question) != 0        ? 4u
                               : (facts.answeredNo & question) != 0 ? 2u
                                                                    : 1u;
        return (node.bits & state) != 0;
    }
    case ConditionOp::AtLeast:
        return facts.numbers[node.slot] >= node.number;
    case ConditionOp::AtMost:
        return facts.numbers[node.slot] <= node.number;
    case ConditionOp::Above:
        return facts.numbers[node.slot] > node.number;
    case ConditionOp::Below:
        return facts.numbers[node.slot] < node.number;
    case ConditionOp::NumberEquals:
        return facts.numbers[node.slot] == node.number;
    case ConditionOp::ChoiceIn:
        return ((std::uint64_t(1) << facts.choices[node.slot]) & node.bits) != 0;
    case ConditionOp::ContainsAny:
        return (facts.sets[node.slot] & node.bits) != 0;
    case ConditionOp::ContainsAll:
        return (facts.sets[node.slot] & node.bits) == node.bits;
    case ConditionOp::SubsetOf:
        return (facts.sets[node.slot] & ~node.bits) == 0;
    case ConditionOp::IsEmpty:
        return facts.sets[node.slot] == 0;
    case ConditionOp::NotEmpty:
        return facts.sets[node.slot] != 0;
    }
    return false;
}
