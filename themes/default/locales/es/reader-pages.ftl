# The reader's pages (issue 11): table captions, the role card's summary boxes, the risk
# register table and the model page's explanation (Spanish).

caption-roles-in-group = Roles del grupo { $group }
caption-forums-in-group = Foros del grupo { $group }
caption-systems-in-category = Sistemas de la categoría { $category }
caption-glossary = Los términos y sus traducciones
caption-translation-status-messages = Mensajes traducidos por idioma
