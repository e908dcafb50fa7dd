# GNU make 4.3 does not pass exported make variables to $(shell)
export A = x
$(info [$(shell echo $$A)])
all: ; @:
