#pragma once
// The paper's Table I (Tian, Zhang, Zhang, Sun and Gong; science §4), shown on the γ_τ page
// for reference: T_b, T_c and T_x of their simulations, in K, T_c fitted above 1.2 T_g.
// Data, declared once; nothing is computed from it.
#include <string>
#include <string_view>
#include <vector>

namespace tx::core {

struct PaperTableIRow {
    std::string system;
    double tb, tbError, tc, tcError, tx, txError;
};

const std::vector<PaperTableIRow>& paperTableI();
inline constexpr std::string_view kPaperTableIUnit = "K";

} // namespace tx::core
