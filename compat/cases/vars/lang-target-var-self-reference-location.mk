# target var self reference location
all: f += $(f)

all: ; @echo "[$(f)]"
