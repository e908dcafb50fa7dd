# override define
#| args: X=cli
override define X
from define
endef
$(info [$(X)] $(origin X))
all: ; @:
