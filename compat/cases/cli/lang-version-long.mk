# version long
#| known-difference: the version banner says it is xmake (GNU Make 4.3 compatible), not GNU make with the FSF's copyright
#| args: --version
all: ; @: