# or stops at the first non-empty argument
$(info [$(or ,,b,c)] [$(or ,)] [$(or $(error nope),)])
all: ; @:
