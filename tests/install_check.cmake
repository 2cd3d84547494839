# `cmake --install` into a scratch prefix must give the programs, the demo ensemble and the
# desktop integration (run by ctest as tst_install).
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
foreach(f bin/tx-analyze share/tx-workbench/demo-ka/T0.6/r0/seg0.lammpstrj.gz
          share/tx-workbench/demo-ka/cooling.log share/tx-workbench/demo-cuzr/cooling/r0.log
          share/tx-workbench/demo-cuzr/T1000/r0/seg0.lammpstrj.gz
          share/tx-workbench/protocol/run_protocol.sh share/tx-workbench/protocol/cuzr/potential.in
          share/doc/tx-workbench/copyright)
  if(NOT EXISTS "${PREFIX}/${f}")
    message(FATAL_ERROR "missing after install: ${f}")
  endif()
endforeach()
if(GUI)
  foreach(f bin/tx-workbench share/applications/tx-workbench.desktop
            share/icons/hicolor/scalable/apps/tx-workbench.svg
            share/metainfo/io.github.txworkbench.TxWorkbench.metainfo.xml)
    if(NOT EXISTS "${PREFIX}/${f}")
      message(FATAL_ERROR "missing after install: ${f}")
    endif()
  endforeach()
endif()
# The installed CLI runs on the installed demo, with its cooling log.
execute_process(COMMAND "${PREFIX}/bin/tx-analyze" "${PREFIX}/share/tx-workbench/demo-ka" --q 7.25 --rc 1.4
                        --dt 0.005 --bootstrap 10 --quiet --out "${PREFIX}/out"
                        --thermo-log "${PREFIX}/share/tx-workbench/demo-ka/cooling.log"
                        RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT EXISTS "${PREFIX}/out/summary.json")
  message(FATAL_ERROR "the installed tx-analyze failed on the installed demo")
endif()
