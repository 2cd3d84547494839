#include "core/model/PairCutoffText.h"

#include "core/io/TextFields.h"

#include <algorithm>
#include <charconv>

namespace tx::core {

namespace {
bool isSeparator(char c) {
    return c == ',' || c == ' ' || c == '\t' || c == ';';
}

// One "A-B=VALUE" item into cutoffs; false if it is not one.
bool parseItem(std::string_view item, TypePairCutoffs& cutoffs) {
    const auto dash = item.find('-'), equals = item.find('=');
    if (dash == std::string_view::npos || equals == std::string_view::npos || dash > equals)
        return false;
    int a = 0, b = 0;
    const auto first = item.substr(0, dash), second = item.substr(dash + 1, equals - dash - 1);
    if (std::from_chars(first.data(), first.data() + first.size(), a).ptr !=
            first.data() + first.size() ||
        std::from_chars(second.data(), second.data() + second.size(), b).ptr !=
            second.data() + second.size() ||
        first.empty() || second.empty() || a < 1 || b < 1)
        return false;
    const auto value = parseDouble(item.substr(equals + 1));
    if (!value || !(*value > 0))
        return false;
    cutoffs[{std::min(a, b), std::max(a, b)}] = *value;
    return true;
}
} // namespace

PairCutoffParse parsePairCutoffs(std::string_view text) {
    PairCutoffParse out;
    std::size_t k = 0;
    while (k < text.size()) {
        while (k < text.size() && isSeparator(text[k]))
            ++k;
        std::size_t end = k;
        while (end < text.size() && !isSeparator(text[end]))
            ++end;
        if (end == k)
            break;
        const std::string_view item = text.substr(k, end - k);
        if (!parseItem(item, out.cutoffs)) {
            out.error =
                "expected TYPE-TYPE=CUTOFF (for example 1-2=1.3), got '" + std::string(item) + "'";
            out.cutoffs.clear();
            return out;
        }
        k = end;
    }
    return out;
}

std::string formatPairCutoffs(const TypePairCutoffs& cutoffs) {
    std::string text;
    for (const auto& [pair, value] : cutoffs) {
        char number[32];
        const auto end = std::to_chars(number, number + sizeof number, value).ptr; // shortest
        text += (text.empty() ? "" : ", ") + std::to_string(pair.first) + "-" +
                std::to_string(pair.second) + "=" + std::string(number, end);
    }
    return text;
}

} // namespace tx::core
