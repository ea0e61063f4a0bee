# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.

english-binds = The English version below is the binding one.
signature = Product Safety team
greeting = Dear { $name },
