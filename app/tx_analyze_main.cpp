#include "app/AnalyzeCommand.h"

#include <iostream>

int main(int argc, char** argv) {
    return tx::app::runAnalyze(argc, argv, std::cout, std::cerr);
}
