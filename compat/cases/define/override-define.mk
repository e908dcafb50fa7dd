# override define beats a command-line value.
#| args: V=cli
override define V
from define
endef
$(info V=[$(V)] $(origin V))
all: ; @:
