# A target starting with "." but containing "/" can be the default goal.
./first: ; @echo $@
second: ; @echo $@
