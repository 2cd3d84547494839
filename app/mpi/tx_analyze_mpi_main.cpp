// tx-analyze-mpi: tx-analyze with the trajectory files shared out over MPI ranks
// (mpirun -np N tx-analyze-mpi ENSEMBLE --out DIR ...). Rank 0 prints and writes the
// outputs; the numbers are those of one tx-analyze process.
#include "app/AnalyzeCommand.h"
#include "app/mpi/DistributedSums.h"

#include <iostream>
#include <mpi.h>
#include <sstream>

int main(int argc, char** argv) {
    MPI_Init(&argc, &argv);
    int rank = 0, ranks = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &ranks);
    tx::app::AnalyzeRole role;
    role.computeSums = [](const auto& layout, const auto& settings, const auto& readers,
                          auto* progress) {
        return tx::app::computeDistributedSums(MPI_COMM_WORLD, layout, settings, readers, progress);
    };
    role.writesOutputs = rank == 0;
    role.processes = ranks;
    // Every rank runs the same command; only rank 0 speaks (the others' messages would repeat
    // its own, since errors are the same on every rank).
    std::ostringstream silent;
    const int code = rank == 0 ? tx::app::runAnalyze(argc, argv, std::cout, std::cerr, role)
                               : tx::app::runAnalyze(argc, argv, silent, silent, role);
    MPI_Finalize();
    return code;
}
