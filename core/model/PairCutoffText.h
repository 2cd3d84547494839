#pragma once
// Per-type-pair cutoffs written as text, the same in the CLI (--rc-pair) and the workbench:
// "1-2=1.3" or several, "1-2=1.3, 2-2=1.2" (commas or spaces between them). Types are
// LAMMPS types; 2-1 means 1-2.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace tx::core {

using TypePairCutoffs = std::map<std::pair<int, int>, double>;

struct PairCutoffParse {
    TypePairCutoffs cutoffs;
    std::string error; // empty when the text was understood
};

PairCutoffParse parsePairCutoffs(std::string_view text);
// The text parsePairCutoffs reads back to the same cutoffs.
std::string formatPairCutoffs(const TypePairCutoffs& cutoffs);

} // namespace tx::core
