#pragma once
// A LAMMPS log's thermo output (thermo_style one or custom): every run's table of columns,
// for T_g from a cooling run (fit/GlassTransitionFit). The header is the line of column names
// that LAMMPS prints before a run's first row ("Step Temp Volume ..."), the rows follow until
// "Loop time of"; columns may come in any order, WARNING lines inside a run are skipped, and
// the log may be gzip-compressed. Runs that continue one another (the same columns, and the
// next run starting at the step where the last one ended, as a cooling ramp cut into several
// "run" commands) are read as one run. A row that is cut short, carries a word or a NaN, or a log
// in thermo_style multi, is an InputError naming the file and line.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tx::core {

struct ThermoRun {
    std::int64_t headerLine = 0; // 1-based line of the column names
    int pieces = 1;              // LAMMPS runs joined into this one
    std::vector<std::string> columns;
    std::vector<std::vector<double>> values; // values[column][row]
    std::vector<std::int64_t> rowLines;      // the line of each row

    int column(std::string_view name) const; // -1 when the run has no such column
    std::size_t rows() const { return rowLines.size(); }
    // Largest minus smallest Temp (0 without a Temp column): the cooling run changes most.
    double temperatureSpan() const;
};

struct ThermoLog {
    std::string path;
    std::vector<ThermoRun> runs; // runs with at least one row, in the order of the log
};

ThermoLog readThermoLog(const std::string& path);

} // namespace tx::core
