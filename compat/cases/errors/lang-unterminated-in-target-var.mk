# unterminated in target var
all: v = $(and a

all: ; @echo "[$(v)]"
