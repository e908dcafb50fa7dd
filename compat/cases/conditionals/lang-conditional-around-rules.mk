# conditional around rules
#| args: DEBUG=1
ifdef DEBUG
all: ; @echo debug
else
all: ; @echo release
endif