# value computed
y = all
all: ; @echo $(@) [$(value $(y))]
