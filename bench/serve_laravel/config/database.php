<?php
return ['default' => 'sqlite', 'connections' => [], 'migrations' => 'migrations'];
