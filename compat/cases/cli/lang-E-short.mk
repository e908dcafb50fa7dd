# E short
#| args: -E E=short
all: ; @echo $(E)