/**
 * The embedded Lucene index of entities, searched with the caller's label filter inside the query.
 */
@NullMarked
package org.puente.intelligence.search;

import org.jspecify.annotations.NullMarked;
