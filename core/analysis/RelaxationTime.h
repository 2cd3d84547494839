#pragma once
// tau from a decaying correlator: the first time F falls below a level (1/e by default),
// interpolated linearly in ln t between the bracketing frames (science §3). When F never gets
// there inside the window the result is a lower bound "> t_max", never a number.
#include <span>
#include <string>

namespace tx::core {

struct RelaxationTime {
    enum class Kind {
        Crossed,      // value is tau
        LowerBound,   // F stayed above the level: tau > value (= t_max)
        Undefined,    // no usable data (no positive times, or F already below at the first frame)
        Extrapolated, // not reached; value from a KWW fit, always shown as extrapolated
    };
    Kind kind = Kind::Undefined;
    double value = 0.0;
    bool isNumber() const { return kind == Kind::Crossed || kind == Kind::Extrapolated; }
    std::string text() const; // "12.3", "> 400", "~1.2e+03 (KWW)", "n/a"
};

RelaxationTime relaxationTime(std::span<const double> time, std::span<const double> correlator,
                              double level);
RelaxationTime relaxationTime(std::span<const double> time, std::span<const double> correlator);

} // namespace tx::core
