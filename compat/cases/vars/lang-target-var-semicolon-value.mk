# target var semicolon value
all: X = a;b
all: ; @echo "$(X)"