# El mapa de gobernanza (issue 10): quién preside y participa dónde, y adónde se escalan los desacuerdos.

map-title = Mapa de gobernanza
map-intro = Quién preside cada foro y quién participa en él, y adónde lleva un rol un desacuerdo: a un foro o a la línea jerárquica ordinaria.
map-caption = El mapa de gobernanza. Cada recuadro enlaza con su página, y la lista bajo el mapa da la misma información.
map-too-big =
    { $scope ->
        [escalation] El sitio tiene { $roles } roles y { $forums } foros, demasiados para dibujarlos de forma legible. Por eso el mapa muestra solo las vías de escalado. Quién preside y participa dónde figura en la matriz de responsabilidades y en la página de cada rol y foro.
       *[none] El sitio tiene { $roles } roles y { $forums } foros, demasiados para dibujarlos de forma legible, así que el mapa no se dibuja. La lista de abajo muestra las vías de escalado. Quién preside y participa dónde figura en la matriz de responsabilidades, y cada página de rol y de foro tiene su propio mapa pequeño.
    }
map-ties-heading =
    { $scope ->
        [full] Las relaciones del mapa
       *[other] Las vías de escalado
    }
map-no-ties = Todavía ningún rol preside ni participa en ningún foro.
map-tie-chairs = preside
map-tie-takes-part = participa en
map-tie-escalates = escala a
map-for-category = para { $category }
map-line-organisation = la línea jerárquica
map-legend-role = Rol
map-legend-forum = Foro
map-legend-line-organisation = La línea jerárquica ordinaria
map-neighbourhood-heading = Relaciones
map-neighbourhood-title = Mapa de las relaciones de { $name }
map-neighbourhood-caption = Cada recuadro enlaza con su página, y la lista de abajo da la misma información. El mapa completo:
