#pragma once
// A measured value and its standard error written as people write them: the error rounded
// to one or two significant digits by the Particle Data Group's rule (two when its first
// digits are 100–354, one when 355–949, 950–999 round up to 1000 and keep two), the value to
// the same decimal place, and a power of ten shared by both where fixed notation would be
// long. One rule for the terminal, the GUI's tables and the report.
#include <string>

namespace tx::core {

struct RoundedMeasurement {
    std::string value; // "0.01136", "1.14"
    std::string error; // "0.00007", "0.07"; empty when there is no error
    int exponent = 0;  // both are multiplied by 10^exponent; 0 in fixed notation
};

RoundedMeasurement roundMeasurement(double value, double error);

// "0.01136 ± 0.00007", "680 ± 20", "(1.14 ± 0.07)e-08", "0.7245" (no error: four
// significant digits), "n/a" for a value that is not a number.
std::string measurementText(double value, double error);

// Three significant digits, for messages ("2.13", "1e+08").
std::string shortNumber(double v);
// The shortest text that reads back to the same double, for files and copies; empty for NaN
// (a missing number).
std::string exactNumber(double v);

} // namespace tx::core
