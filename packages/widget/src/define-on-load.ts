// Entry of the <script> bundle: loading widget.js is all a page does to get <dealgraph-view>.
import { defineDealgraphView } from './define-dealgraph-view.js';

defineDealgraphView();
