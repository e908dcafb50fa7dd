# no print directory
#| args: -w --no-print-directory
all: ; @echo x