#include "core/fit/PaperReference.h"

namespace tx::core {

const std::vector<PaperTableIRow>& paperTableI() {
    static const std::vector<PaperTableIRow> rows = {
        {"Al", 720, 20, 645, 14, 680, 20},
        {"BLJ (Kob-Andersen)", 650, 23, 491, 8, 502, 23},
        {"Cu50Zr50", 1200, 20, 792, 9, 900, 20},
    };
    return rows;
}

} // namespace tx::core
