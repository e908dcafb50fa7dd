# file keeps newline
$(file >o,a
)
all: ; @od -c o | head -2