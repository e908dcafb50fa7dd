# private target not inherited
all: private P = secret
all: dep ; @echo all [$(P)]
dep: ; @echo dep [$(P)]